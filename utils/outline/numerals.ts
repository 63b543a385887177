/** Chinese numerals (零〇一二…十百千, 两) and Arabic digits → numbers, for numbering labels. */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千';

/**
 * 十二 → 12, 一百零三 → 103, 二〇一九 → 2019 (digit-by-digit), 12 → 12; NaN when not a numeral. One pass over the
 * characters, no regex: every numbered line of a big law comes through here, and in a freshly injected script the
 * character-class tests cost more than the loop (a CPU profile of the popup's preview put ~7 % of the read here).
 */
export function parseNumeral(s: string): number {
  const t = s.trim();
  if (!t) return NaN;
  let arabic = true;
  let cn = true;
  let unit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) arabic = false;
    const ch = t[i]!;
    if (UNIT[ch] !== undefined) unit = true;
    else if (DIGIT[ch] === undefined) cn = false;
    if (!arabic && !cn) return NaN;
  }
  if (arabic) return Number(t);
  if (!unit) {
    let n = 0;
    for (let i = 0; i < t.length; i++) n = n * 10 + DIGIT[t[i]!]!;
    return n;
  }
  let total = 0;
  let cur = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    const d = DIGIT[ch];
    if (d !== undefined) cur = d;
    else {
      total += (cur || 1) * UNIT[ch]!;
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
