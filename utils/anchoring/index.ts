/**
 * Text-level anchoring of highlights: describe a range of a document's text by its quote, its context and its
 * offsets; find it again after the text has changed. Pure functions on plain strings.
 *
 * anchorInText tries, in order:
 *  1. the stored offsets, if the quote and its stored context are still there, unchanged (score 1);
 *  2. exact occurrences of the quote in the folded text (whitespace, full/half-width and case folded away), and
 *  3. approximate matches in the few windows, near the old position or anywhere, where many 4-grams of
 *     prefix + quote + suffix line up (grams.ts, candidates.ts) — see locate.ts;
 * scored on quote, prefix, suffix and position (score.ts: (50·quote + 20·prefix + 20·suffix + 2·position) / 92, each
 * 0..1), and chosen by decide.ts: a minimum score (MIN_SCORE 0.8) and context agreement, a position rank that
 * counts the ratio of distances, and null rather than a coin toss whenever a rival — a copy, a lookalike formula, the
 * passage itself edited nearer the old place — is not clearly worse. A wrong placement is worse than none.
 * anchorAll does the same for all highlights of a page, retrying nulls from the local shift of the others (batch.ts).
 */
import type { HighlightSelectors } from '../db/schema';
import { buildGramIndex, type GramIndex } from './grams';
import { anchorAllWith } from './batch';
import { fold, toFolded, toOriginal, type Folded } from './normalize';
import { locate } from './locate';
import type { Scored, Target } from './score';

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
  // The stored offsets still hold the quote in its context: unchanged there. (The quote alone is not enough: a copy of
  // a formula may have moved into the old place.)
  const prefix = sel.prefix ?? '';
  const here = Number.isInteger(start) && end - start === sel.quote.length && start >= prefix.length && text.startsWith(sel.quote, start);
  if (here && text.startsWith(sel.suffix ?? '', end) && text.startsWith(prefix, start - prefix.length)) {
    return { start, end, score: 1 };
  }
  const { folded: doc, grams } = prepare(text);
  const found = anchorFolded(doc, grams, sel) ?? anchorPart(doc, grams, sel);
  if (!found) return null;
  const span = toOriginal(doc, found.start, found.end);
  return { ...span, score: Math.round(found.score * 1e4) / 1e4 };
}

function anchorFolded(doc: Folded, grams: GramIndex, sel: TextSelectors, part = false): Scored | null {
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
    part,
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
    }, true);
    if (found) return found;
  }
  return null;
}

/**
 * anchorInText for every highlight of one page; nulls that the local shift of the confidently placed ones resolves
 * are retried from the shifted position (batch.ts). Same order as `all`.
 */
export function anchorAll(text: string, all: readonly TextSelectors[]): (TextAnchor | null)[] {
  return anchorAllWith(anchorInText, text, all);
}
