/**
 * Finding one highlight's quote in the folded document: gather candidates (candidates.ts), let decide.ts choose, and
 * refuse a far or edited winner while the quote's own place, nearer the old position, still shows it edited.
 */
import { editedInPlace, exactCandidates, fuzzyCandidates } from './candidates';
import { AGREEING, decide, NEAR, POS_SCALE } from './decide';
import type { GramIndex } from './grams';
import { scoreCandidate, textOf, type Candidate, type Scored, type Target } from './score';

/** Context agreement that marks a heavily edited quote near its old place as the quote itself. */
const IN_PLACE = 0.8;
/** ...and, against a STRONG winner, whose two contexts together agree at most this much worse than the winner's. */
const IN_PLACE_WORSE = 0.25;
const STRONG = 0.97;
/** A place whose quote agrees this well is the quote edited within the fuzzy search's budget: never a lookalike. */
const REWORDED = 0.75;
const FULL = 0.998;

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
    const near = fuzzyCandidates(doc, grams, t, t.hint - reach, t.hint + reach, true);
    return near.length ? decide(doc, t, [...exact, ...near]) : quick;
  }
  const from = t.hint - NEAR - m;
  const to = t.hint + NEAR + 2 * m;
  const found = decide(doc, t, [...exact, ...fuzzyCandidates(doc, grams, t, from, to)]);
  if (!found) return null;
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
    if (Math.max(s.prefix, s.suffix) < IN_PLACE) return false;
    return !strong || s.quote >= REWORDED || s.prefix + s.suffix >= found.prefix + found.suffix - IN_PLACE_WORSE;
  };
  const [lo, hi] = far ? [from, to] : [t.hint - dist, t.hint + dist + m];
  return editedInPlace(doc, t, lo, hi, agrees) ? null : found;
}
