/**
 * Text-level anchoring of highlights: describe a range of a document's text by its quote, its context and its
 * offsets; find it again after the text has changed. Pure functions on plain strings.
 *
 * anchorInText tries, in order:
 *  1. the stored offsets, if the text there is still the quote (score 1);
 *  2. exact occurrences of the quote in the folded text (whitespace, full/half-width and case folded away),
 *     ranked by agreement of prefix, suffix and position;
 *  3. approximate matches in the few windows, near the old position or anywhere, where many 4-grams of
 *     prefix + quote + suffix line up (grams.ts, candidates.ts).
 *
 * Scoring and thresholds (score.ts). score = (50·quote + 20·prefix + 20·suffix + 2·position) / 92, each part a
 * 0..1 similarity (1 − edit distance / length). Candidates are ranked on score plus a nearness bonus (0.1, halved at
 * 256 characters from the old position: identical copies are told apart by where the highlight used to be).
 * A placement is accepted only if score ≥ MIN_SCORE (0.8) and its prefix and suffix agree 0.6 on average (0.8 for
 * quotes under 16 characters). Beyond NEAR (2048 characters) it also needs score ≥ 0.9 and both contexts ≥ 0.7,
 * and no trace of the quote edited in place (a match with half its characters changed whose context agrees 0.8).
 * Null rather than a coin toss: when another non-overlapping placement scoring ≥ 0.75 comes within 0.02 in rank
 * (both near), fits better than a near winner while far, or — for a far winner — is near and passes, or comes
 * within 0.05. A wrong placement is worse than none.
 */
import type { HighlightSelectors } from '../db/schema';
import { editedInPlace, exactCandidates, fuzzyCandidates as fuzzy } from './candidates';
import { buildGramIndex, type GramIndex } from './grams';
import { fold, toFolded, toOriginal, type Folded } from './normalize';
import { decide, NEAR, scoreCandidate, type Candidate, type Scored, type Target } from './score';

export { MIN_SCORE } from './score';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface TextAnchor {
  start: number;
  end: number;
  /** 0..1; 1 for the stored position or an exact quote in fully agreeing context */
  score: number;
}

export type TextSelectors = Pick<HighlightSelectors, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'> &
  Partial<Pick<HighlightSelectors, 'outlinePath'>>;

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

export function describeTextRange(text: string, start: number, end: number, outlinePath: string[] = []): HighlightSelectors {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Number.isFinite(n) ? Math.trunc(n) : 0));
  let s = clamp(Math.min(start, end));
  let e = clamp(Math.max(start, end));
  // Never cut a surrogate pair: the quote would hold half a character (e.g. a rare CJK ideograph).
  if (s > 0 && isLow(text.charCodeAt(s))) s--;
  if (e < text.length && isLow(text.charCodeAt(e)) && e > s) e++;
  let p = Math.max(0, s - CONTEXT_LENGTH);
  if (p > 0 && isLow(text.charCodeAt(p))) p++;
  let q = Math.min(text.length, e + CONTEXT_LENGTH);
  if (q < text.length && isHigh(text.charCodeAt(q - 1))) q--;
  return { quote: text.slice(s, e), prefix: text.slice(p, s), suffix: text.slice(e, q), start: s, end: e, outlinePath: [...outlinePath] };
}

// Anchoring many highlights in one document folds and indexes it once: the last document is kept.
let cache: { text: string; folded: Folded; grams: GramIndex } | null = null;
function prepare(text: string): { folded: Folded; grams: GramIndex } {
  if (cache?.text !== text) {
    const folded = fold(text);
    cache = { text, folded, grams: buildGramIndex(folded.text) };
  }
  return cache;
}

export function anchorInText(text: string, sel: TextSelectors): TextAnchor | null {
  if (!text || !sel.quote) return null;
  const { start, end } = sel;
  if (Number.isInteger(start) && end - start === sel.quote.length && start >= 0 && text.startsWith(sel.quote, start)) {
    return { start, end, score: 1 };
  }
  const { folded: doc, grams } = prepare(text);
  const found = anchorFolded(doc, grams, sel) ?? anchorPart(doc, grams, sel);
  if (!found) return null;
  const span = toOriginal(doc, found.start, found.end);
  return { ...span, score: Math.round(found.score * 1e4) / 1e4 };
}

function anchorFolded(doc: Folded, grams: GramIndex, sel: TextSelectors): Scored | null {
  const prefix = fold(sel.prefix ?? '');
  const suffix = fold(sel.suffix ?? '');
  const lastBreak = prefix.breaks.lastIndexOf(1);
  const firstBreak = suffix.breaks.indexOf(1);
  const t: Target = {
    quote: fold(sel.quote).text,
    prefix: prefix.text,
    suffix: suffix.text,
    hint: toFolded(doc, Number.isFinite(sel.start) ? Math.max(0, sel.start) : 0),
    prefixPara: lastBreak < 0 ? -1 : prefix.text.length - lastBreak,
    suffixPara: firstBreak,
    breaks: doc.breaks,
  };
  if (!t.quote) return null;
  return locate(doc.text, grams, t);
}

/** A part of a highlight that spans line breaks must keep this share of its characters (and at least MIN_PART). */
const PART_SHARE = 1 / 3;
const MIN_PART = 8;

/**
 * A highlight spanning paragraphs that were since separated (one moved, or deleted) has no place as a whole: anchor
 * its largest paragraph part that still has one, each part described like a highlight of its own (its context is
 * the rest of the quote and the stored context, so it still ends or starts at a paragraph boundary).
 */
function anchorPart(doc: Folded, grams: GramIndex, sel: TextSelectors): Scored | null {
  const q = sel.quote;
  if (!/[\n\r\u2028\u2029]/.test(q)) return null;
  const parts: { s: number; e: number }[] = [];
  for (const m of q.matchAll(/[^\n\r\u2028\u2029]+/g)) {
    const s = m.index;
    const e = s + m[0].length;
    const size = m[0].trim().length;
    if (size >= MIN_PART && size >= PART_SHARE * q.trim().length) parts.push({ s, e });
  }
  parts.sort((a, b) => b.e - b.s - (a.e - a.s));
  const before = `${sel.prefix ?? ''}`;
  for (const { s, e } of parts) {
    const found = anchorFolded(doc, grams, {
      quote: q.slice(s, e),
      prefix: (before + q.slice(0, s)).slice(-CONTEXT_LENGTH),
      suffix: (q.slice(e) + (sel.suffix ?? '')).slice(0, CONTEXT_LENGTH),
      start: sel.start + s,
      end: sel.start + e,
    });
    if (found) return found;
  }
  return null;
}

/** An exact quote this well placed near its old position ends the search: no edited lookalike could outrank it. */
const CONFIDENT = 0.95;

/** Context agreement that marks a heavily edited quote near its old place as the quote itself. */
const IN_PLACE = 0.8;

function locate(doc: string, grams: GramIndex, t: Target): Scored | null {
  const exact = exactCandidates(doc, t);
  const quick = decide(doc, t, exact);
  if (quick && quick.score >= CONFIDENT && Math.abs(quick.start - t.hint) <= NEAR) return quick;
  const m = t.quote.length;
  const from = t.hint - NEAR - m;
  const to = t.hint + NEAR + 2 * m;
  const found = decide(doc, t, [...exact, ...fuzzy(doc, grams, t, from, to)]);
  if (!found || Math.abs(found.start - t.hint) <= NEAR) return found;
  const agrees = (c: Candidate) => {
    const s = scoreCandidate(doc, t, c);
    return Math.max(s.prefix, s.suffix) >= IN_PLACE;
  };
  return editedInPlace(doc, t, from, to, agrees) ? null : found;
}
