/**
 * Numbers tell provisions apart. Legal texts repeat formulae that differ only in a section, subsection or amount
 * ("under section 187 commits an offence" / "under section 105 commits…"), and a lookalike whose number differs scores
 * as well as the highlight's own passage with a letter or two edited. An edit rarely turns one number into another; a
 * lookalike always does. So a candidate must keep every number of the stored quote and of the stored context within
 * its paragraph, and hold no number in its quote that the stored text lacks — or it is not the highlight (null rather
 * than a wrong place). Context beyond a paragraph break is not checked: paragraphs move as units.
 */
import type { Candidate, Target } from './score';

/** Characters of the document read beyond the stored context's length on each side: edits there shift it a little. */
const SLACK = 8;
const DIGIT_RUN = /[0-9]+/g;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The numbers of `s` that may have been cut by neither end of the stored context window; an end at a paragraph break
 * (`whole`) cuts nothing.
 */
function inner(s: string, whole: [boolean, boolean]): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(DIGIT_RUN)) if ((whole[0] || m.index > 0) && (whole[1] || m.index + m[0].length < s.length)) out.push(m[0]);
  return out;
}

/** The whole numbers of `s`. */
const runs = (s: string) => new Set(s.match(DIGIT_RUN) ?? []);

/** Whether candidate `c` keeps the stored numbers and adds none to the quote (see the module comment). */
export function numbersAgree(doc: string, t: Target, c: Candidate): boolean {
  const before = (t.prefixPara ?? -1) >= 0 ? t.prefix.slice(t.prefix.length - t.prefixPara!) : t.prefix;
  const after = (t.suffixPara ?? -1) >= 0 ? t.suffix.slice(0, t.suffixPara!) : t.suffix;
  const stored = before + t.quote + after;
  // The candidate's context, as far as the stored context reaches (and a little more), within its paragraph.
  let lo = c.start;
  while (lo > Math.max(0, c.start - before.length - SLACK) && !t.breaks?.[lo]) lo--;
  let hi = c.end;
  while (hi < Math.min(doc.length, c.end + after.length + SLACK) && !t.breaks?.[hi]) hi++;
  const around = runs(doc.slice(lo, hi));
  if (inner(stored, [(t.prefixPara ?? -1) >= 0, (t.suffixPara ?? -1) >= 0]).some((n) => !around.has(n))) return false;
  // The candidate's own numbers, whole where one runs on past its ends, must be the stored text's.
  let s = c.start;
  if (isDigit(doc.charCodeAt(s))) while (s > 0 && isDigit(doc.charCodeAt(s - 1))) s--;
  let e = c.end;
  if (isDigit(doc.charCodeAt(e - 1))) while (e < doc.length && isDigit(doc.charCodeAt(e))) e++;
  return [...runs(doc.slice(s, e))].every((n) => stored.includes(n));
}
