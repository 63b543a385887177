/**
 * A slip opinion numbers its parts with bare numerals centred on lines of their own, I > A > 1, no caption after them.
 * The Roman and letter ones read as labels (labels.ts); a bare arabic one does not, since alone on a centred line a
 * number is as often a page's. It numbers a third tier where the text's parts are such centred bare numerals.
 */
import type { Line } from './blocks';
import type { Label } from './labels';
import { label } from './line-context';

const BARE_NUMBER = /^\s*(\d{1,2})\s*$/;

/** The centred bare arabic numerals numbering parts under centred bare Roman ones: each 1 or one more than the last. */
export function bareArabicParts(lines: Line[]): Map<Line, Label> {
  const out = new Map<Line, Label>();
  const bareRoman = lines.some(
    (l) => l.centered && !l.inTable && label(l, false, false)?.style === 'roman-dot' && !label(l, false, false)!.rest,
  );
  if (!bareRoman) return out;
  let last = 0;
  for (const l of lines) {
    const m = l.centered && !l.inTable && !l.linked ? BARE_NUMBER.exec(l.text) : null;
    if (!m) continue;
    const value = parseInt(m[1]!, 10);
    if (value !== 1 && value !== last + 1) return new Map();
    out.set(l, { style: 'ar-dot', label: m[1]!, value, rest: '' });
    last = value;
  }
  // one numeral alone is no series
  return out.size >= 2 ? out : new Map();
}
