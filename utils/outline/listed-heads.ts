/**
 * A contents list printed with no 目录 marker (a law converted to PDF lists its 序言, 章 and 节 under its title): the
 * leading run of heads that the body then prints again, in the same order, from its first entry on. The listed
 * copies are not headings; the body's are.
 */
import type { Candidate } from './classify';
import { nospace } from './heads';

/** A head as printed, without the marks a list sets before an entry (*第一节) */
const key = (c: Candidate) => nospace(c.line.text).replace(/^[*＊·•]+/, '');

/** Article-level heads are the body's text, never a contents list's entries. */
const BODY = new Set(['tiao', 'en-section', 'en-article', 'en-code']);

export function dropListedHeads(cands: Candidate[]): Candidate[] {
  const first = cands[0];
  if (!first) return cands;
  const k = cands.findIndex((c, i) => i > 0 && key(c) === key(first));
  // a list has a few entries, and lists heads only
  if (k < 3 || cands.slice(0, k).some((c) => BODY.has(c.style))) return cands;
  let j = k;
  for (const c of cands.slice(0, k)) {
    while (j < cands.length && key(cands[j]!) !== key(c)) j++;
    if (j >= cands.length) return cands;
    j++;
  }
  return cands.slice(k);
}
