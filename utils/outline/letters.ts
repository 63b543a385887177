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
 * alphabetical order (letters without terms are skipped, so the run may jump), not all Roman numerals. Else none.
 */
export function letterHeads(lines: Line[]): Set<Line> {
  const heads = lines.filter((l) => setOff(l) && LETTER.test(l.text.trim()));
  const letters = heads.map((l) => l.text.trim());
  const ordered = letters.every((c, i) => i === 0 || c > letters[i - 1]!);
  const alphabet = letters.some((c) => !ROMAN.test(c));
  return heads.length >= 3 && ordered && alphabet ? new Set(heads) : new Set();
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
