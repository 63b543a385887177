/**
 * Margin notes sit level with their highlight; when two would overlap, the later one moves down just enough.
 * Inputs are in display order (by wanted top).
 */
export function stackTops(wanted: readonly number[], heights: readonly number[], gap = 8): number[] {
  const out: number[] = [];
  let floor = -Infinity;
  for (let i = 0; i < wanted.length; i++) {
    const top = Math.max(wanted[i]!, floor);
    out.push(top);
    floor = top + (heights[i] ?? 0) + gap;
  }
  return out;
}
