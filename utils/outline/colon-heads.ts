/**
 * Heads printed with a colon: a guidance page sets its parts apart as short bold lines of their own, each a phrase
 * ending in ':' over the list or text it heads (Fees: / Marriage License Waiting Period:). Two or more such lines,
 * none next to another, make a reader's heads on a page that has no heading tags below its title; one alone may be
 * a lead-in. English lines only: a Chinese bold line ending in ： is the 主送 line or a lead-in (各有关单位：).
 */
import type { Line } from './blocks';
import { isTitleLike } from './heads';

const MAX = 60;
const LATIN = /^[\x00-\u024f\u2000-\u206f]*$/;

function colonHead(l: Line): boolean {
  const t = l.text.trim();
  if (!l.bold || l.inTable || l.listItem || l.linked || !LATIN.test(t) || !/^[A-Z][^:]*[^\s:]:$/.test(t)) return false;
  const phrase = t.slice(0, -1);
  return phrase.length <= MAX && isTitleLike(phrase, MAX);
}

/** The page's colon-ended bold heads (two or more, each over a line that is not one), or none. */
export function colonHeads(lines: Line[]): Set<Line> {
  // on a page with heading tags the tags are its heads, and a bold "Controls for …:" over a list is a lead-in
  if (lines.some((l) => l.heading >= 2)) return new Set();
  // a bold label beside "Label: value" lines is a field of a record (an OAR rule's History: under its Authority:)
  const field = (l: Line | undefined) => !!l && l.boldLead.endsWith(':') && l.boldLead.length < l.text.trim().length;
  const heads = lines.filter(
    (l, i) =>
      colonHead(l) &&
      !!lines[i + 1] &&
      !lines[i + 1]!.bold &&
      !(i && colonHead(lines[i - 1]!)) &&
      !field(lines[i - 1]) &&
      !field(lines[i + 1]),
  );
  return new Set(heads.length >= 2 ? heads : []);
}
