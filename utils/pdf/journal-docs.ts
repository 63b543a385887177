/**
 * A journal prints its documents back to back, and a PDF of one of them (a Federal Register rule from govinfo) has
 * on its first and last pages the end of the document before and the start of the next. Each document ends in its
 * filing line (`[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]`, then `BILLING CODE 4910–13–P`). Cut there, the PDF
 * holds pieces of several documents; its own is the one with the most text. The print codes go with it.
 */
import type { TextLine } from './types';

const FILED = /^\[FR Doc\.[^\]]*\bFiled\b[^\]]*\]$/;
const BILLING = /^BILLING CODE\b/;

export function ownDocument(lines: TextLine[]): TextLine[] {
  // each document's end: its filing line and the billing code printed under it
  const ends: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FILED.test(lines[i]!.text.trim())) continue;
    const billing = lines.slice(i + 1, i + 3).findIndex((l) => BILLING.test(l.text.trim()));
    ends.push(billing < 0 ? i : i + 1 + billing);
  }
  if (!ends.length) return lines;
  const pieces: TextLine[][] = [];
  let from = 0;
  for (const end of ends) {
    pieces.push(lines.slice(from, end + 1));
    from = end + 1;
  }
  pieces.push(lines.slice(from));
  const size = (ls: TextLine[]) => ls.reduce((n, l) => n + l.text.length, 0);
  const own = pieces.reduce((a, b) => (size(b) > size(a) ? b : a));
  return own.filter((l) => !BILLING.test(l.text.trim()));
}
