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
  // The fuzzy search allows a quarter of the quote's characters changed; the quote's own place may show more.
  const agrees = (c: Candidate) => {
    if (c.start < found.end && c.end > found.start) return false;
    const s = scoreCandidate(doc, t, c);
    return Math.max(s.prefix, s.suffix) >= IN_PLACE;
  };
  const [lo, hi] = far ? [from, to] : [t.hint - dist, t.hint + dist + m];
  return editedInPlace(doc, t, lo, hi, agrees) ? null : found;
}
