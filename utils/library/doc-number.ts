/**
 * 文号 order: by issuer code, then year, then number — 国发〔2019〕3号 before 国发〔2019〕12号, and 国办发 never
 * interleaved with 国发. Plain string order gets both wrong ("12" < "3"; 〔 sorts by code point).
 */

export interface DocNumberParts {
  /** the issuer code (国发, 国办发, 财税); '' when the number has none */
  code: string;
  /** NaN when the number carries no year (国令第707号) */
  year: number;
  /** NaN when no number was found */
  seq: number;
}

// 〔2019〕, [2019], （2019）, (2019), 【2019】 or 2019年 as the year; 第 before the number is optional
const WITH_YEAR = /^(.*?)\s*[〔[（(【]?\s*((?:19|20)\d{2})\s*[〕\]）)】年]\s*第?\s*(\d+)\s*号?/;
const NO_YEAR = /^(.*?)\s*第?\s*(\d+)\s*号/;

export function parseDocNumber(raw: string): DocNumberParts {
  const s = raw.normalize('NFKC').trim();
  const y = WITH_YEAR.exec(s);
  if (y) return { code: y[1]!.trim(), year: Number(y[2]), seq: Number(y[3]) };
  const n = NO_YEAR.exec(s);
  if (n) return { code: n[1]!.trim(), year: NaN, seq: Number(n[2]) };
  return { code: s, year: NaN, seq: NaN };
}

const byCode = new Intl.Collator('zh', { numeric: true });
/** NaN (absent) after any value */
const num = (a: number, b: number) => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b);

/** Ascending 文号 order; an empty number sorts after every other. */
export function compareDocNumbers(a: string, b: string): number {
  if (!a.trim() || !b.trim()) return (a.trim() ? 0 : 1) - (b.trim() ? 0 : 1);
  const pa = parseDocNumber(a);
  const pb = parseDocNumber(b);
  return byCode.compare(pa.code, pb.code) || num(pa.year, pb.year) || num(pa.seq, pb.seq) || byCode.compare(a, b);
}
