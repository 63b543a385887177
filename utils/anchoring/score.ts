/**
 * How well a candidate span of the (folded) document fits a stored highlight: similarity of the quote, of the
 * text just before and after it, and closeness to where it used to be — Hypothesis' weights, normalised to 0..1.
 */
import { distance, similarity } from './distance';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export interface Target {
  /** folded quote, prefix and suffix */
  quote: string;
  prefix: string;
  suffix: string;
  /** folded offset where the quote used to start */
  hint: number;
  /**
   * Paragraph boundaries: characters of the stored prefix after its last line break and of the suffix before its
   * first one (−1: none), and the document's breaks (Folded.breaks). Without them contexts are compared whole.
   */
  prefixPara?: number;
  suffixPara?: number;
  breaks?: Uint8Array;
  /** The quote spans a paragraph boundary (a line break inside it). */
  spans?: boolean;
  /** A paragraph part of a highlight whose paragraphs were separated: its old position says little. */
  part?: boolean;
  /** anchorAll's neighbours put the quote within this many characters of `hint` (unless its paragraph moved) */
  precision?: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** edit distance between the candidate's text and the quote */
  errors: number;
}

export interface Scored {
  start: number;
  end: number;
  score: number;
  /** agreement of the quote, 1 − edit distance / quote length */
  quote: number;
  /** agreement of the stored prefix and suffix, 0..1 */
  prefix: number;
  suffix: number;
  /** closeness to the old position, 0..1 */
  position: number;
}

const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;
const W_TOTAL = W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION;

/**
 * Below this a candidate is rejected: a wrong placement is worse than none. An exact quote needs its context to agree
 * at least half way; a quote with a quarter of its characters changed needs near-perfect context.
 */
export const MIN_SCORE = 0.8;

/**
 * Agreement of the context stored on one side with the text on that side of the candidate. An empty stored context
 * means the quote touched the document's edge: the same edge now agrees fully, anywhere else is neither for nor against.
 */
function contextScore(actual: string, stored: string): number {
  if (!stored.length) return actual.length ? 0.5 : 1;
  return similarity(actual, stored);
}

/**
 * Agreement weight of stored context beyond a paragraph boundary that the candidate also has: paragraphs are moved,
 * inserted and deleted as units, so a different neighbour there is weak evidence against — but whole agreement
 * still ranks higher, so an untouched copy beats a lookalike that merely starts (or ends) a paragraph too.
 */
const BEYOND_BREAK = 0.75;

/**
 * Context agreement up to the paragraph boundary: `inPara` stored characters lie between the quote and the break.
 * The candidate must have a break at about the same distance (within that text's error budget), and the text up
 * to it is compared whole; what lies beyond counts BEYOND_BREAK. 0 when the candidate has no break there.
 */
function paragraphScore(doc: string, breaks: Uint8Array, at: number, stored: string, inPara: number, before: boolean): number {
  const tol = Math.floor(inPara / 4) + 1;
  const own = before ? stored.slice(stored.length - inPara) : stored.slice(0, inPara);
  let best = 0;
  for (let len = Math.max(0, inPara - tol); len <= inPara + tol; len++) {
    const b = before ? at - len : at + len;
    if (b < 0 || b > doc.length || !breaks[b]) continue;
    const actual = before ? doc.slice(b, at) : doc.slice(at, b);
    const sim = inPara ? Math.max(0, 1 - distance(actual, own) / inPara) : 1;
    best = Math.max(best, sim);
  }
  if (!best) return 0;
  return (inPara * best + (stored.length - inPara) * BEYOND_BREAK) / stored.length;
}

export function scoreCandidate(doc: string, t: Target, c: Candidate): Scored {
  const quote = Math.max(0, 1 - c.errors / t.quote.length);
  // With an empty stored context, look at one character to tell "still at the edge" from "not".
  const before = doc.slice(Math.max(0, c.start - Math.max(1, t.prefix.length)), c.start);
  const after = doc.slice(c.end, c.end + Math.max(1, t.suffix.length));
  let prefix = contextScore(before, t.prefix);
  let suffix = contextScore(after, t.suffix);
  // Only for an intact quote: a moved neighbour explains a failing context, but an edited quote next to a paragraph
  // boundary may just as well be a lookalike paragraph (a deleted article's successor reads much like it).
  if (t.breaks && c.errors === 0) {
    if (prefix < 1 && (t.prefixPara ?? -1) >= 0)
      prefix = Math.max(prefix, paragraphScore(doc, t.breaks, c.start, t.prefix, t.prefixPara!, true));
    if (suffix < 1 && (t.suffixPara ?? -1) >= 0)
      suffix = Math.max(suffix, paragraphScore(doc, t.breaks, c.end, t.suffix, t.suffixPara!, false));
  }
  const position = doc.length ? 1 - Math.min(1, Math.abs(c.start - t.hint) / doc.length) : 1;
  const raw = W_QUOTE * quote + W_PREFIX * prefix + W_SUFFIX * suffix + W_POSITION * position;
  return { start: c.start, end: c.end, score: raw / W_TOTAL, quote, prefix, suffix, position };
}

/** Agreement of quote and contexts, position aside, 0..1. */
export const textOf = (s: Scored) => (s.score * W_TOTAL - W_POSITION * s.position) / (W_TOTAL - W_POSITION);
