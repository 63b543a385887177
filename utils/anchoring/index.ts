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
 * passage itself edited nearer the old place — is not clearly worse, and never a place where a number of the quote or
 * of its context within the paragraph differs (numbers.ts). A wrong placement is worse than none. An
 * approximate match's ends are put where the stored context says (refine.ts); a highlight spanning paragraphs that
 * were separated is placed by its largest part and the parts still next to it (parts.ts).
 * anchorAll does the same for all highlights of a page, retrying nulls from the local shift of the others, as
 * precisely as the nearest confident neighbours on each side agree (batch.ts).
 */
import type { HighlightSelectors } from '../model';
import { buildGramIndex, type GramIndex } from './grams';
import { anchorAllWith } from './batch';
import { fold, toOriginal, type Folded } from './normalize';
import { anchorFolded, anchorPart } from './parts';
import { CONTEXT_LENGTH } from './score';

export { CONTEXT_LENGTH, MIN_SCORE } from './score';

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

/** What anchorAll knows beyond the selectors: how precisely the neighbours place the (shifted) old position. */
export interface AnchorOptions {
  /** the highlight is within this many characters of `sel.start` unless its paragraph moved (batch.ts) */
  precision?: number;
}

export function anchorInText(text: string, sel: TextSelectors, opts: AnchorOptions = {}): TextAnchor | null {
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
  const found = anchorFolded(doc, grams, sel, false, opts.precision) ?? anchorPart(doc, grams, sel);
  if (!found) return null;
  const span = toOriginal(doc, found.start, found.end);
  return { ...span, score: Math.round(found.score * 1e4) / 1e4 };
}

/**
 * anchorInText for every highlight of one page; nulls that the local shift of the confidently placed ones resolves
 * are retried from the shifted position (batch.ts). Same order as `all`.
 */
export function anchorAll(text: string, all: readonly TextSelectors[]): (TextAnchor | null)[] {
  return anchorAllWith(anchorInText, text, all);
}
