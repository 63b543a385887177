/**
 * A glossary or an index set under letter sections: "A", "B", "C" … each a heading of its own, the terms below it.
 * The letters are the page's sections, one tier; the terms (bold lines, <dt>s, smaller heading tags) are its entries,
 * not headings — a term that happens to read as a number ("Chapter 11") included.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';

const LETTER = /^[A-Z]$/;
// a Roman numeral's letters alone (I, V, X) number parts, not the alphabet
const ROMAN = /^[IVXLCDM]$/;

const setOff = (l: Line) => (l.heading > 0 || l.bold || l.centered) && !l.inTable && !l.listItem && !l.linked;

/**
 * The lines that head a page's letter sections: three or more set-off lines of a single capital each, in
 * alphabetical order (letters without terms are skipped, so the run may jump), not all Roman numerals. Failing
 * that, five or more plain lines of a single capital, each standing alone over its terms (a filter bar's letters
 * stand side by side, one after another). Else none.
 */
export function letterHeads(lines: Line[]): Set<Line> {
  const set = lines.filter((l) => setOff(l) && isLetter(l));
  if (isSeries(set, 3)) return new Set(set);
  const plain = lines.filter((l, i) => isLetter(l) && plainAlone(l, lines[i + 1]));
  return isSeries(plain, 5) ? new Set(plain) : new Set();
}

const isLetter = (l: Line) => LETTER.test(l.text.trim());
const plainAlone = (l: Line, next: Line | undefined) =>
  !l.inTable && !l.listItem && !l.linked && !!next && !isLetter(next) && next.text.trim().length > 1;

function isSeries(heads: Line[], min: number): boolean {
  const letters = heads.map((l) => l.text.trim());
  const ordered = letters.every((c, i) => i === 0 || c > letters[i - 1]!);
  return heads.length >= min && ordered && letters.some((c) => !ROMAN.test(c));
}

/**
 * Below the first letter section only the letters, and heading tags that outrank them (a "Related links" section
 * after the glossary, when the letters are tags), are headings.
 */
export function keepLetterSections(cands: Candidate[], letters: ReadonlySet<Line>): Candidate[] {
  const first = cands.findIndex((c) => letters.has(c.line));
  if (first < 0) return cands;
  const tag = Math.min(...[...letters].map((l) => l.heading || 7));
  return cands.filter((c, i) => i < first || letters.has(c.line) || (c.kind === 'htag' && c.line.heading <= tag));
}
