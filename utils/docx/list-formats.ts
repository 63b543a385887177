/** A Word list level's number formats (w:numFmt) and its level text (`%1.%2.`, `第%1章`, `（%1）`). */

export interface Level {
  start: number;
  /** w:numFmt: decimal, lowerLetter, upperRoman, chineseCounting, bullet, none … */
  format: string;
  /** w:lvlText, `%N` standing for level N's count */
  text: string;
  /** w:isLgl: every count in decimal (`1.1` under `Article I`) */
  legal: boolean;
  /** w:suff: tab, space or nothing between the number and the text */
  suffix: string;
}

const DIGITS = '〇一二三四五六七八九';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of parts) for (; n >= v; n -= v) out += s;
  return out;
}

/** 1 → A, 26 → Z, 27 → AA (Word repeats the letter). */
const letter = (n: number) => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** 一 … 九十九 as a Chinese count (十, 十一, 二十). */
function chinese(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? DIGITS[h]! + '百' : '';
  if (t) out += (t === 1 && !h ? '' : DIGITS[t]!) + '十';
  else if (h && u) out += '零';
  if (u) out += DIGITS[u]!;
  return out;
}

export function formatCount(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chinese(n);
    case 'ideographTraditional':
      return HEAVENLY[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/** The number Word prints for a paragraph at `counts.length - 1`, or '' for a bullet or an unnumbered level. */
export function lvlText(level: Level, counts: number[], levels: Map<number, Level>): string {
  if (level.format === 'bullet' || level.format === 'none') return '';
  return level.text
    .replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = counts[i] ?? levels.get(i)?.start ?? 1;
      return formatCount(n, level.legal ? 'decimal' : (levels.get(i)?.format ?? 'decimal'));
    })
    .trim();
}
