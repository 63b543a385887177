/**
 * Choosing among scored candidates (score.ts): the best-ranked acceptable one, or null when the selectors do not
 * single one out. Rules, each from a failure seen in scripts/lib/bench-anchoring.ts:
 * - rank = text agreement − position penalty, the penalty growing with the log of the distance from the old position
 *   (edits before a highlight shift it by an amount that grows with the page's edits: what tells copies apart is the
 *   ratio of their distances, not a fixed radius);
 * - acceptable: score ≥ MIN_SCORE, context agreeing (more for short quotes), stricter when far (a moved paragraph),
 *   and an edited quote differing in at most MAX_EDIT_RUNS places (more is a lookalike: the formula with other numbers);
 *   no number of quote or in-paragraph context changed (numbers.ts);
 * - siblings (rivals the text fits about as well: identical copies, a formula differing in a number; or better within
 *   the highlight's own paragraph) leave position to decide, and only decisively; a winner that does not agree fully must then be far nearer than every plausible rival;
 * - a plausible rival nearer the old position than the winner may be the highlight's own passage, edited: null;
 * - otherwise the winner needs a rank margin over every rival; a far winner loses to anything near that passes;
 * - when anchorAll's neighbours bracket the old position precisely (Target.precision), a candidate inside that range
 *   is taken if every rival lies well outside it and none fits clearly better.
 */
import { editRuns } from './edit-runs';
import { similarity } from './distance';
import { numbersAgree } from './numbers';
import { MIN_SCORE, scoreCandidate, textOf, type Candidate, type Scored, type Target } from './score';

/** Within this distance of the old position a candidate is "near"; beyond it the stricter rules apply. */
export const NEAR = 2048;
/** A far candidate needs this score, and both contexts at least FAR_CONTEXT (a paragraph moved whole keeps both). */
const FAR_MIN = 0.9;
const FAR_CONTEXT = 0.7;
/** Mean agreement of prefix and suffix required of any placement, and of a short quote (which says little itself). */
const MIN_CONTEXT = 0.6;
const SHORT = 16;
const SHORT_CONTEXT = 0.8;
/** An edited quote differing from the stored one in more separate places than this is a lookalike, not an edit. */
const MAX_EDIT_RUNS = 3;
/** Rank lost per doubling of the distance from the old position, beyond POS_SCALE characters (a context char ≈ 0.007). */
const POS_PER_DOUBLING = 0.004;
export const POS_SCALE = 16;
/** Lookalikes that almost pass still make a placement ambiguous. */
const RIVAL_MIN = MIN_SCORE - 0.05;
/** Rank margin the winner needs over any rival that does not overlap it: near, and when the winner is far. */
const AMBIGUOUS = 0.012;
const AMBIGUOUS_FAR = 0.05;
/** A rival nearer the old position whose text agrees within this of the winner's makes the placement ambiguous. */
const NEARER = 0.1;
/**
 * Siblings: text within TEXT_TIE of the winner's (about two context characters), or within PERFECT for a winner that
 * agrees fully (identical copies only). Position decides only if each sibling is DECISIVE times further from the old
 * position than the winner and at least DECISIVE_MIN characters further; other rivals must be AGREEING times further.
 * A winner that does not agree fully must be IMPERFECT times nearer than every plausible rival.
 */
export const TEXT_TIE = 0.015;
const PERFECT = 0.002;
const DECISIVE = 8;
const DECISIVE_MIN = 1000;
export const AGREEING = 3;
const IMPERFECT = 16;

const distanceRank = (dist: number) => POS_PER_DOUBLING * Math.log2(1 + dist / POS_SCALE);

interface Ranked {
  c: Candidate;
  s: Scored;
  dist: number;
  near: boolean;
  text: number;
  rank: number;
}

function acceptable(doc: string, t: Target, x: Ranked): boolean {
  const s = x.s;
  const context = s.prefix + s.suffix >= (t.quote.length < SHORT ? 2 * SHORT_CONTEXT : 2 * MIN_CONTEXT);
  if (s.score < MIN_SCORE || !context) return false;
  if (!x.near && !(s.score >= FAR_MIN && s.prefix >= FAR_CONTEXT && s.suffix >= FAR_CONTEXT)) return false;
  if (!numbersAgree(doc, t, x.c)) return false;
  return x.c.errors === 0 || editRuns(doc.slice(x.c.start, x.c.end), t.quote) <= MAX_EDIT_RUNS;
}

/**
 * anchorAll's neighbours say where the highlight is, within `precision` (batch.ts): an acceptable candidate there is
 * taken when every rival lies well outside that range and none fits the text clearly better (which would be the
 * highlight's own paragraph, moved away from its neighbours).
 */
const TIGHT_MARGIN = 64;
function whereNeighboursSay(doc: string, t: Target, xs: Ranked[]): Ranked | null {
  const p = t.precision! + POS_SCALE;
  const w = xs.filter((x) => x.dist <= p && acceptable(doc, t, x)).sort((a, b) => b.rank - a.rank)[0];
  if (!w) return null;
  const apart = (x: Ranked) => x.s.end <= w.s.start || x.s.start >= w.s.end;
  const rivals = xs.filter((x) => x.s.score >= RIVAL_MIN && apart(x));
  return rivals.every((x) => x.dist >= p + TIGHT_MARGIN && x.text <= w.text + TEXT_TIE) ? w : null;
}

/** Agreement of quote and of the stored context up to the paragraph breaks, if any, in it. */
function withinParagraph(doc: string, t: Target, x: Ranked): number {
  const pp = t.prefixPara ?? -1;
  const sp = t.suffixPara ?? -1;
  if (pp < 0 && sp < 0) return x.text;
  const side = (stored: string, actual: string, whole: number) => (stored === null ? whole : stored ? similarity(actual, stored) : 1);
  const before = pp < 0 ? null : t.prefix.slice(t.prefix.length - pp);
  const after = sp < 0 ? null : t.suffix.slice(0, sp);
  const p = before === null ? x.s.prefix : side(before, doc.slice(Math.max(0, x.s.start - before.length), x.s.start), x.s.prefix);
  const q = after === null ? x.s.suffix : side(after, doc.slice(x.s.end, x.s.end + after.length), x.s.suffix);
  return (50 * x.s.quote + 20 * p + 20 * q) / 90;
}

/** The placement to return, or null (see the module comment). */
export function decide(doc: string, t: Target, cands: Candidate[]): Scored | null {
  const xs: Ranked[] = cands.map((c) => {
    const s = scoreCandidate(doc, t, c);
    const dist = Math.abs(c.start - t.hint);
    const text = textOf(s);
    return { c, s, dist, near: dist <= NEAR, text, rank: text - distanceRank(dist) };
  });
  if (t.precision !== undefined) {
    const w = whereNeighboursSay(doc, t, xs);
    if (w) return w.s;
  }
  let top: Ranked | undefined;
  for (const x of [...xs].sort((a, b) => b.rank - a.rank)) {
    if (acceptable(doc, t, x)) {
      top = x;
      break;
    }
  }
  if (!top) return null;
  const w = top;
  const rivals = xs.filter((x) => x.s.score >= RIVAL_MIN && (x.s.end <= w.s.start || x.s.start >= w.s.end));
  const perfect = w.text >= 1 - PERFECT;
  // A winner ahead only by context beyond a paragraph break (paragraphs move as units: another paragraph now stands
  // there) is no better than a rival fitting the highlight's own paragraph better: a sibling.
  const own = withinParagraph(doc, t, w);
  const siblings = rivals.filter((x) => x.text >= w.text - (perfect ? PERFECT : TEXT_TIE) || withinParagraph(doc, t, x) > own);
  const further = (x: Ranked, ratio: number) => x.dist + POS_SCALE >= ratio * (w.dist + POS_SCALE);
  if (siblings.length) {
    // A part of a highlight whose paragraphs were separated has no trustworthy old position.
    if (t.part) return null;
    const decisive = (x: Ranked) => further(x, DECISIVE) && x.dist - w.dist >= DECISIVE_MIN;
    const ok = perfect
      ? siblings.every(decisive) && rivals.every((x) => further(x, AGREEING))
      : rivals.every((x) => further(x, IMPERFECT) && x.dist - w.dist >= DECISIVE_MIN);
    return ok ? w.s : null;
  }
  if (rivals.some((x) => x.dist < w.dist && w.text - x.text < NEARER)) return null;
  for (const x of rivals) {
    if (w.near && w.rank - x.rank < AMBIGUOUS) return null;
    if (!w.near && (x.near ? x.s.score >= MIN_SCORE : w.rank - x.rank < AMBIGUOUS_FAR)) return null;
  }
  return w.s;
}
