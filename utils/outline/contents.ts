/**
 * Front matter of English legislation is no part of its outline. A contents list printed before the body: a code
 * chapter lists its sections (838.005 Definitions, 838.010 …), then prints them again with their text; the listed
 * copies are not headings, the body's are, and what stands above the list is the cover (2021 EDITION). A bill's
 * caption line (AN ACT / A BILL) opens its long title.
 */
import type { Candidate } from './classify';

const flat = (s: string) => s.replace(/\s+/g, '').toLowerCase();
// the body may print the code's abbreviation before a number its contents list printed bare (GRS 0A.010 / 0A.010)
const key = (c: Candidate) =>
  c.label ? `${c.label.style} ${c.label.label.replace(/\.$/, '').replace(/^[A-Z][A-Za-z]{1,4} (?=\d)/, '')}` : '';

/**
 * Drop the leading run of English-numbered entries whose labels are all printed again later. Only English legal
 * styles: Chinese numbering restarts under each tier, and a 目录 has a marker of its own.
 */
export function dropFrontMatter(cands: Candidate[]): Candidate[] {
  const numbered = cands.filter((c) => c.label?.style.startsWith('en-'));
  // the body's copy repeats the caption the list printed
  const copied = (i: number) => {
    const c = numbered[i]!;
    const caption = flat(c.rest).replace(/[.:;]$/, '');
    const copy = numbered.slice(i + 1).find((n) => key(n) === key(c));
    return !!copy && !!caption && flat(copy.rest).startsWith(caption);
  };
  // A cover may print numbered lines of its own before the list (TITLE 15, the chapters of the title): tiers above
  // a section that the body does not print again.
  let start = 0;
  while (start < numbered.length && !copied(start) && !SECTIONS.has(numbered[start]!.label!.style)) start++;
  let end = start;
  while (end < numbered.length && copied(end)) end++;
  // past a cover, a list of one could be a chapter number that happens to repeat: a list has a few entries
  if (start > 0 && end - start < 2) start = end = 0;
  const listed = new Set(numbered.slice(start, end));
  const coverNumbers = new Set(listed.size ? numbered.slice(0, start) : []);
  // the cover ends where the contents list starts, or with the bill's caption; the list's own group captions
  // (unnumbered lines between its entries) go with it
  const caption = cands.findIndex((c) => !c.label && CAPTION.test(c.rest.trim()));
  const lastListed = listed.size ? cands.indexOf(numbered[end - 1]!) : -1;
  const cover = Math.max(lastListed, caption);
  return cands.filter((c, i) => !listed.has(c) && !coverNumbers.has(c) && !(i <= cover && !c.label));
}

const SECTIONS = new Set(['en-code', 'en-section', 'en-article']);
const CAPTION = /^(?:AN ACT|A BILL)\b/;
