/**
 * Front matter of English legislation is no part of its outline. A contents list printed before the body: a code
 * chapter lists its sections (838.005 Definitions, 838.010 …), then prints them again with their text; the listed
 * copies are not headings, the body's are, and what stands above the list is the cover (2021 EDITION). A bill's
 * caption line (AN ACT / A BILL) opens its long title.
 */
import type { Candidate } from './classify';

const flat = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const key = (c: Candidate) => (c.label ? `${c.label.style} ${c.label.label.replace(/\.$/, '')}` : '');

/**
 * Drop the leading run of English-numbered entries whose labels are all printed again later. Only English legal
 * styles: Chinese numbering restarts under each tier, and a 目录 has a marker of its own.
 */
export function dropFrontMatter(cands: Candidate[]): Candidate[] {
  const numbered = cands.filter((c) => c.label?.style.startsWith('en-'));
  const listed = new Set<Candidate>();
  for (const [i, c] of numbered.entries()) {
    // the body's copy repeats the caption the list printed
    const caption = flat(c.rest).replace(/[.:;]$/, '');
    const copy = numbered.slice(i + 1).find((n) => key(n) === key(c));
    if (!copy || !caption || !flat(copy.rest).startsWith(caption)) break;
    listed.add(c);
  }
  // the cover ends where the contents list starts, or with the bill's caption
  const caption = cands.findIndex((c) => !c.label && CAPTION.test(c.rest.trim()));
  const cover = Math.max(listed.size ? cands.findIndex((c) => listed.has(c)) : -1, caption + 1);
  return cands.filter((c, i) => !listed.has(c) && !(i < cover && !c.label));
}

const CAPTION = /^(?:AN ACT|A BILL)\b/;
