/** One highlight colour set: its values are written only in utils/model/colors.ts, and the exports use them. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HTML_STYLE } from '../../utils/export/html-style';
import { COLOR_SET, COLORS, colorOf } from '../../utils/model/colors';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return /\.(tsx?|css)$/.test(e.name) ? [rel] : [];
  });
}

describe('highlight colours', () => {
  it('are defined once: no other source spells a colour value of the set', () => {
    const values = COLORS.flatMap((c) =>
      [COLOR_SET[c].paint, COLOR_SET[c].swatch, COLOR_SET[c].fill].map((v) => v.toLowerCase().replace(/\s+/g, '')),
    );
    const copies = ['utils', 'components', 'entrypoints'].flatMap(sources).filter((f) => {
      if (f === 'utils/model/colors.ts') return false;
      const code = readFileSync(join(ROOT, f), 'utf8').toLowerCase().replace(/\s+/g, '');
      return values.some((v) => code.includes(v));
    });
    expect(copies).toEqual([]);
  });

  it('the HTML export colours quotes with the set', () => {
    for (const c of COLORS)
      expect(HTML_STYLE).toContain(`blockquote.${c} { border-color: ${COLOR_SET[c].swatch}; background: #${COLOR_SET[c].fill}; }`);
  });

  it('unknown stored colours show as yellow', () => {
    expect(colorOf('red')).toBe('yellow');
    expect(colorOf(undefined)).toBe('yellow');
    expect(colorOf('pink')).toBe('pink');
  });
});
