/**
 * Ends of an approximate match. The matcher reports the span with the fewest errors, and where words were inserted
 * or replaced next to an end of the quote that is rarely where the quote starts (or ends): it would rather substitute
 * the quote's first word by the last letters of the inserted text than insert them. The stored context knows better:
 * an end is moved, within a few words and never out across a paragraph boundary, to where the context and the quote's
 * own first (or last) characters line up exactly, when that agrees clearly better than where the matcher put it.
 */
import { distance } from './distance';
import { scoreCandidate, textOf, type Candidate, type Target } from './score';

/** Characters more of exact agreement an end needs to be moved (a few agree anywhere by chance). */
const GAIN = 3;
/** Characters searched beyond twice the match's errors for a better end. */
const SLACK = 16;
/** Characters of the quote, and of the context, compared at an end: enough to recognise a word or two. */
const HEAD = 8;
const CONTEXT = 16;
/** Characters each of context and quote must agree at a moved end. */
const BOTH = 2;

/**
 * Exact agreement at a start `p`: stored prefix read backwards from p, quote's first characters forwards — 0 unless
 * both agree a little (context alone would bend a lookalike's end towards the stored context).
 */
function startFit(doc: string, t: Target, p: number): number {
  let n = 0;
  while (
    n < Math.min(t.prefix.length, CONTEXT) &&
    p - 1 - n >= 0 &&
    doc.charCodeAt(p - 1 - n) === t.prefix.charCodeAt(t.prefix.length - 1 - n)
  )
    n++;
  let m = 0;
  while (m < Math.min(HEAD, t.quote.length) && doc.charCodeAt(p + m) === t.quote.charCodeAt(m)) m++;
  return n >= BOTH && m >= BOTH ? n + m : 0;
}

/** Exact agreement at an end `p`: stored suffix forwards from p, quote's last characters backwards (as startFit). */
function endFit(doc: string, t: Target, p: number): number {
  let n = 0;
  while (n < Math.min(t.suffix.length, CONTEXT) && p + n < doc.length && doc.charCodeAt(p + n) === t.suffix.charCodeAt(n)) n++;
  let m = 0;
  const q = t.quote.length;
  while (m < Math.min(HEAD, q) && p - 1 - m >= 0 && doc.charCodeAt(p - 1 - m) === t.quote.charCodeAt(q - 1 - m)) m++;
  return n >= BOTH && m >= BOTH ? n + m : 0;
}

function best(fit: (p: number) => number, at: number, lo: number, hi: number): number {
  let pick = at;
  let top = fit(at) + GAIN - 1;
  for (let p = lo; p <= hi; p++) {
    const v = fit(p);
    if (v > top) {
      pick = p;
      top = v;
    }
  }
  return pick;
}

/**
 * The candidate with its ends moved where the context says (see the module comment), its errors recounted — if that
 * fits quote and context better as a whole (a lookalike's ends are not to be bent towards the stored context).
 */
export function refineEnds(doc: string, t: Target, c: Candidate): Candidate {
  if (!c.errors) return c;
  // Words inserted at an end cost the matcher only the letters it substitutes instead: look a word or two further.
  const slack = 2 * c.errors + SLACK;
  // An end never moves out across a paragraph boundary: what lies beyond is another paragraph (one moved in between).
  const b = t.breaks;
  let lo = c.start;
  while (lo > Math.max(0, c.start - slack) && !b?.[lo]) lo--;
  let hi = c.end;
  while (hi < Math.min(doc.length, c.end + slack) && !b?.[hi]) hi++;
  // Most matches already start (end) where quote and context meet: nothing to search then.
  const startOk =
    doc.charCodeAt(c.start) === t.quote.charCodeAt(0) && doc.charCodeAt(c.start - 1) === t.prefix.charCodeAt(t.prefix.length - 1);
  const endOk = doc.charCodeAt(c.end - 1) === t.quote.charCodeAt(t.quote.length - 1) && doc.charCodeAt(c.end) === t.suffix.charCodeAt(0);
  const start = startOk ? c.start : best((p) => startFit(doc, t, p), c.start, lo, Math.min(c.end - 1, c.start + slack));
  const end = endOk ? c.end : best((p) => endFit(doc, t, p), c.end, Math.max(start + 1, c.end - slack), hi);
  if (start === c.start && end === c.end) return c;
  const moved = { start, end, errors: distance(doc.slice(start, end), t.quote) };
  return textOf(scoreCandidate(doc, t, moved)) > textOf(scoreCandidate(doc, t, c)) ? moved : c;
}
