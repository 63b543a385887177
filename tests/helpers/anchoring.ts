/** Small builders shared by the anchoring tests. */
import { describeTextRange } from '../../utils/anchoring';

/** The selectors of the `nth` occurrence of `quote` in `text`. */
export function at(text: string, quote: string, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(quote, i + 1);
  if (i < 0) throw new Error(`not in text: ${quote}`);
  return describeTextRange(text, i, i + quote.length);
}

export const spanOf = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

/** Distinct filler paragraphs, `n` of them (~75 characters each). */
export const filler = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `(${i + from}) The Authority must publish report number ${i + from} on the operation of this Part.`);
