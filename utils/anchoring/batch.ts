/**
 * Anchoring all highlights of a page at once. Edits before a highlight shift it, and the highlights around it show by
 * how much: the ones placed with full confidence give the local shift, and a highlight left unplaced because only
 * position could tell its copies apart (identical boilerplate, a formula differing in a number) is tried again from
 * its old position moved by that shift. Placements are never changed, only nulls retried, with the same rules — made
 * as tight as the neighbours are precise (decide.ts, Target.precision).
 */
import type { AnchorOptions, TextAnchor, TextSelectors } from './index';

/** Score of a placement that fixes the local shift: the stored position, or an exact quote in agreeing context. */
const SURE = 0.99;
/**
 * Confident neighbours consulted on each side, and how close their shifts must agree. Wider disagreement (a passage
 * inserted, deleted or moved between them) says where the highlight may be only if that passage was not its own.
 */
const NEIGHBOURS = 2;
const AGREE = 64;

type Anchor = (text: string, sel: TextSelectors, opts?: AnchorOptions) => TextAnchor | null;
interface Shift {
  at: number;
  shift: number;
}

export function anchorAllWith(anchor: Anchor, text: string, all: readonly TextSelectors[]): (TextAnchor | null)[] {
  const found = all.map((sel) => anchor(text, sel));
  const shifts = found
    .map((a, i) => (a && a.score >= SURE ? { at: all[i]!.start, shift: a.start - all[i]!.start } : null))
    .filter((s): s is Shift => !!s)
    .sort((a, b) => a.at - b.at);
  if (!shifts.length) return found;
  return found.map((a, i) => {
    if (a) return a;
    const sel = all[i]!;
    const local = bracket(shifts, sel.start) ?? besideMoved(shifts, text, sel) ?? localShift(shifts, sel.start);
    // Unshifted, only the precision the neighbours add can change the answer.
    if (!local || (local.shift === 0 && local.precision === undefined)) return null;
    const moved = { ...sel, start: sel.start + local.shift, end: sel.end + local.shift };
    return anchor(text, moved, local.precision === undefined ? undefined : { precision: local.precision });
  });
}

/** Index of the first shift at or after `at`. */
function firstAtOrAfter(shifts: Shift[], at: number): number {
  let lo = 0;
  let hi = shifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The shift of the nearest confident highlight on each side, if the two agree (within AGREE characters): whatever
 * edits lie between them moved the text in between by about that much, give or take their disagreement (`precision`).
 */
function bracket(shifts: Shift[], at: number): { shift: number; precision: number } | null {
  const k = firstAtOrAfter(shifts, at);
  const before = shifts[k - 1];
  const after = shifts[k];
  if (!before || !after || Math.abs(before.shift - after.shift) > AGREE) return null;
  return { shift: Math.round((before.shift + after.shift) / 2), precision: Math.ceil(Math.abs(before.shift - after.shift) / 2) };
}

/** Where the confident highlight `m` is now: its paragraph there, and where that paragraph used to start. */
function paragraphOf(text: string, m: Shift): { oldStart: number; length: number } {
  const at = m.at + m.shift;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { oldStart: start - m.shift, length: (end < 0 ? text.length : end + 1) - start };
}

/** Paragraph lengths may differ from the neighbours' disagreement by this much (small edits elsewhere between). */
const MOVE_SLACK = 16;

/**
 * Neighbours that disagree because the paragraph of a confident highlight between them moved away (it disagrees with
 * both, and the disagreement is that paragraph's length): a highlight on one side of that paragraph's old place has
 * that side's shift, precisely.
 */
function besideMoved(shifts: Shift[], text: string, sel: TextSelectors): { shift: number; precision: number } | null {
  const k = firstAtOrAfter(shifts, sel.start);
  const explained = (a: Shift | undefined, m: Shift | undefined, b: Shift | undefined) => {
    if (!a || !m || !b || Math.abs(m.shift - a.shift) <= AGREE || Math.abs(m.shift - b.shift) <= AGREE) return null;
    const p = paragraphOf(text, m);
    const off = Math.abs(Math.abs(a.shift - b.shift) - p.length);
    return off <= MOVE_SLACK ? { ...p, precision: off } : null;
  };
  const right = explained(shifts[k - 1], shifts[k], shifts[k + 1]);
  if (right && sel.end <= right.oldStart) return { shift: shifts[k - 1]!.shift, precision: right.precision };
  const left = explained(shifts[k - 2], shifts[k - 1], shifts[k]);
  if (left && sel.start >= left.oldStart + left.length) return { shift: shifts[k]!.shift, precision: left.precision };
  return null;
}

/**
 * At the ends of the page, where one side has no confident neighbour: the shift of the nearest ones on both sides
 * together, if all agree (within AGREE characters). Nothing is assumed about its precision.
 */
function localShift(shifts: Shift[], at: number): { shift: number; precision?: number } | null {
  const lo = firstAtOrAfter(shifts, at);
  const near = shifts.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS).map((s) => s.shift);
  if (near.length < 2) return null;
  const sorted = [...near].sort((a, b) => a - b);
  if (sorted[sorted.length - 1]! - sorted[0]! > AGREE) return null;
  return { shift: sorted[sorted.length >> 1]! };
}
