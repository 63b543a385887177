/** Chinese numerals (零〇一二…十百千, 两) and Arabic digits → numbers, for numbering labels. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千';
// Regex tests and a plain loop, not spread arrays and closures: every numbered line of a big law comes through here.
const CN_ONLY = new RegExp(`^[${CN_NUMERAL_CHARS}]+$`);
const HAS_UNIT = /[十百千]/;

/** 十二 → 12, 一百零三 → 103, 二〇一九 → 2019 (digit-by-digit), 12 → 12; NaN when not a numeral. */
export function parseNumeral(s: string): number {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!CN_ONLY.test(t)) return NaN;
  if (!HAS_UNIT.test(t)) {
    let digits = '';
    for (const c of t) digits += DIGIT[c];
    return Number(digits);
  }
  let total = 0;
  let cur = 0;
  for (const c of t) {
    if (c in DIGIT) cur = DIGIT[c]!;
    else {
      total += (cur || 1) * UNIT[c]!;
      cur = 0;
    }
  }
  return total + cur;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function parseCircled(c: string): number {
  const i = CIRCLED.indexOf(c);
  return i < 0 ? NaN : i + 1;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function parseRoman(s: string): number {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return NaN;
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}
