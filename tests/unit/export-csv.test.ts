import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField, fromBackupJson, toCsv } from '../../utils/export/index';

process.env.TZ = 'Asia/Shanghai'; // the clipped date is local; the fixtures save at noon UTC anyway

const bundleOf = (file: string) => fromBackupJson(readFileSync(new URL(file, import.meta.url), 'utf8'));

/** Exact comparison with a stored file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const url = new URL(`../fixtures/export/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, actual);
  expect(existsSync(url), `missing golden file ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('toCsv', () => {
  it.each(['sample', 'tricky'])('matches the golden file for %s', (name) => {
    const file = name === 'sample' ? '../fixtures/backup/sample.json' : '../fixtures/export/tricky.json';
    golden(`${name}.csv`, toCsv(bundleOf(file)));
  });

  it('starts with a BOM and the header, ends lines with CRLF', () => {
    const csv = toCsv(bundleOf('../fixtures/backup/sample.json'));
    expect(csv.startsWith('\uFEFFClip title,Section,Quote,Note,Colour,URL,Clipped\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 7 + 1);
    expect(csv).toContain('\r\n某市公共数据开放管理办法,某市公共数据开放管理办法 › 第一章 总 则 › 第三条,');
    expect(csv).toContain(',2024-03-06\r\n');
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 10')).toBe("'+86 10");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a=b')).toBe('a=b');
  });
});
