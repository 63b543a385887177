/**
 * Finding one highlight's quote in the folded document: gather candidates (candidates.ts), let decide.ts choose, and
 * refuse a far or edited winner while the quote's own place, nearer the old position, still shows it edited.
 */
import { approxIn, editedInPlace, errorBudget, exactCandidates, fuzzyCandidates } from './candidates';
import { AGREEING, decide, NEAR, POS_SCALE, TEXT_TIE } from './decide';
import { similarity } from './distance';
import { PEAK_SPAN, type GramIndex } from './grams';
import { scoreCandidate, textOf, type Candidate, type Scored, type Target } from './score';

/** Context agreement that marks a heavily edited quote near its old place as the quote itself. */
const IN_PLACE = 0.8;
/** ...and, against a STRONG winner, whose two contexts together agree at most this much worse than the winner's. */
const IN_PLACE_WORSE = 0.25;
const STRONG = 0.97;
/** A place whose quote agrees this well is the quote edited within the fuzzy search's budget: never a lookalike. */
const REWORDED = 0.75;
const FULL = 0.998;

/** Agreement of the stored contexts at `c`, each also read `slack` characters inwards (see locate). */
function contexts(doc: string, t: Target, c: Candidate, slack: number): { prefix: number; suffix: number } {
  const s = scoreCandidate(doc, t, c);
  if (!slack) return s;
  const before = doc.slice(Math.max(0, c.start - t.prefix.length), c.start + slack);
  const after = doc.slice(Math.max(c.start, c.end - slack), c.end + t.suffix.length);
  return {
    prefix: t.prefix ? Math.max(s.prefix, similarity(before, t.prefix)) : s.prefix,
    suffix: t.suffix ? Math.max(s.suffix, similarity(after, t.suffix)) : s.suffix,
  };
}
const inPlace = (doc: string, t: Target, c: Candidate, slack: number) => {
  const s = contexts(doc, t, c, slack);
  return Math.max(s.prefix, s.suffix);
};

/**
 * A part of a split highlight has context on one side only (a paragraph break on the other) and no trustworthy old
 * position: its own text must single out its place. Another place holding it, exactly or edited within the fuzzy
 * budget, its one context agreeing, may be its own paragraph edited — a formula's paragraph ("(2) A designated body
 * may charge…") is no proof.
 */
function heldElsewhere(doc: string, grams: GramIndex, t: Target, found: Scored): boolean {
  const bare: Target = { quote: t.quote, prefix: '', suffix: '', hint: t.hint };
  const others = [...exactCandidates(doc, bare), ...fuzzyCandidates(doc, grams, bare, 0, doc.length)];
  return others.some((c) => (c.end <= found.start || c.start >= found.end) && inPlace(doc, t, c, c.errors) >= IN_PLACE);
}

/**
 * Whether an edited copy of the quote that could overrule `quick` — an exact quote whose context agrees fully (text
 * ≥ FULL), `qd` from the old position — may lie within `reach`, apart from it. By decide.ts's rules such a rival needs
 * text > 0.898 when nearer than the winner (NEARER), > 0.986 otherwise (AMBIGUOUS; siblings need more). Contexts count
 * at most 40 of 90, so its quote agrees > (0.898 · 90 − 40) / 50 = 0.816, or > 0.975: fewer than m / 5 (m / 40)
 * errors. A window holding no match with that many errors holds no such rival (exact copies included: `quick` saw
 * only the few kept by exactCandidates). The windows span what fuzzyCandidates could search for peaks within reach.
 * Not with anchorAll's precision, nor beside an identical copy (a sibling): whereNeighboursSay and the siblings rule
 * weigh weaker rivals too.
 */
/** Whether another exact candidate fits the text as well as `quick` (decide.ts then weighs every rival's distance). */
const siblingOf = (doc: string, t: Target, exact: Candidate[], quick: Scored) =>
  exact.some((c) => (c.end <= quick.start || c.start >= quick.end) && textOf(scoreCandidate(doc, t, c)) >= textOf(quick) - TEXT_TIE);

function editedCopyBeside(doc: string, t: Target, quick: Scored, qd: number, reach: number): boolean {
  const m = t.quote.length;
  const near = Math.floor(m / 5);
  const before = quick.start < t.hint;
  const nearer = before
    ? approxIn(doc, t.quote, near, quick.end, t.hint + qd + m + near)
    : approxIn(doc, t.quote, near, t.hint - qd, quick.start);
  if (nearer) return true;
  const far = Math.floor(m / 40);
  const pad = PEAK_SPAN + m + errorBudget(m, Infinity) + 8;
  return approxIn(doc, t.quote, far, t.hint - reach - pad, quick.start) || approxIn(doc, t.quote, far, quick.end, t.hint + reach + pad);
}

export function locate(doc: string, grams: GramIndex, t: Target): Scored | null {
  const exact = exactCandidates(doc, t);
  const quick = decide(doc, t, exact);
  const m = t.quote.length;
  const qd = quick ? Math.abs(quick.start - t.hint) : Infinity;
  if (quick && textOf(quick) >= FULL && qd <= NEAR) {
    // Within a few characters of its old place nothing nearer could be another passage.
    if (qd <= POS_SCALE) return quick;
    // Only an edited copy nearer than AGREEING times the winner's distance could still overrule it (decide.ts).
    const reach = AGREEING * (qd + POS_SCALE) + m;
    if (t.precision === undefined && !siblingOf(doc, t, exact, quick) && !editedCopyBeside(doc, t, quick, qd, reach)) return quick;
    const near = fuzzyCandidates(doc, grams, t, t.hint - reach, t.hint + reach, true);
    return near.length ? decide(doc, t, [...exact, ...near]) : quick;
  }
  const from = t.hint - NEAR - m;
  const to = t.hint + NEAR + 2 * m;
  const found = decide(doc, t, [...exact, ...fuzzyCandidates(doc, grams, t, from, to)]);
  if (!found || (t.part && heldElsewhere(doc, grams, t, found))) return null;
  const dist = Math.abs(found.start - t.hint);
  const far = dist > NEAR;
  if (!far && textOf(found) >= FULL) return found;
  // The fuzzy search allows a quarter of the quote's characters changed; the quote's own place may show more. Against
  // a winner with the very quote, its context (nearly) agreeing, a place fitting worse in quote and context alike —
  // more than a quarter of the quote reworded — is a lookalike (a formula sharing the quote's first words), not the
  // quote's own place; unless the quote spans paragraphs: one of them moved away leaves its own place agreeing on one
  // side only.
  const strong = !t.spans && !t.part && found.quote === 1 && textOf(found) >= STRONG;
  const agrees = (c: Candidate) => {
    if (c.start < found.end && c.end > found.start) return false;
    const s = scoreCandidate(doc, t, c);
    // The matcher may put a heavily edited quote's ends a few letters off: against a far winner (a paragraph moved, it
    // claims), its context is read that much inwards too.
    const ctx = contexts(doc, t, c, far ? c.errors : 0);
    if (Math.max(ctx.prefix, ctx.suffix) < IN_PLACE) return false;
    return !strong || s.quote >= REWORDED || ctx.prefix + ctx.suffix >= found.prefix + found.suffix - IN_PLACE_WORSE;
  };
  const [lo, hi] = far ? [from, to] : [t.hint - dist, t.hint + dist + m];
  return editedInPlace(doc, t, lo, hi, agrees) ? null : found;
}
