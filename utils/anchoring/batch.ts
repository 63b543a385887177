/**
 * Anchoring all highlights of a page at once. Edits before a highlight shift it, and the highlights around it show by
 * how much: the ones placed with full confidence give the local shift, and a highlight left unplaced because only
 * position could tell its copies apart (identical boilerplate, a formula differing in a number) is tried again from
 * its old position moved by that shift. Placements are never changed, only nulls retried, with the same rules.
 */
import type { TextAnchor, TextSelectors } from './index';

/** Score of a placement that fixes the local shift: the stored position, or an exact quote in agreeing context. */
const SURE = 0.99;
/** Confident neighbours consulted on each side, and how close their shifts must agree. */
const NEIGHBOURS = 2;
const AGREE = 64;

type Anchor = (text: string, sel: TextSelectors) => TextAnchor | null;

export function anchorAllWith(anchor: Anchor, text: string, all: readonly TextSelectors[]): (TextAnchor | null)[] {
  const found = all.map((sel) => anchor(text, sel));
  const shifts = found
    .map((a, i) => (a && a.score >= SURE ? { at: all[i]!.start, shift: a.start - all[i]!.start } : null))
    .filter((s): s is { at: number; shift: number } => !!s)
    .sort((a, b) => a.at - b.at);
  if (!shifts.length) return found;
  return found.map((a, i) => {
    if (a) return a;
    const sel = all[i]!;
    const shift = localShift(shifts, sel.start);
    return shift === null || shift === 0 ? null : anchor(text, { ...sel, start: sel.start + shift, end: sel.end + shift });
  });
}

/**
 * The shift of the confident highlights nearest `at` on both sides, if they agree (within AGREE characters); a
 * paragraph moved between them makes them disagree, and then nothing is assumed.
 */
function localShift(shifts: { at: number; shift: number }[], at: number): number | null {
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  const near = shifts.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS).map((s) => s.shift);
  if (near.length < 2) return null;
  const sorted = [...near].sort((a, b) => a - b);
  if (sorted[sorted.length - 1]! - sorted[0]! > AGREE) return null;
  return sorted[sorted.length >> 1]!;
}
