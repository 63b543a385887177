/**
 * Which outline section the reader is in: the last heading whose top has passed a line near the top of the window.
 * Headings come in document order, so their tops ascend and a binary search reads only a few boxes per scroll.
 */

/** Index in `tops` of the last value ≤ line, or -1 before the first. `top(i)` is read lazily. */
export function lastAtOrAbove(count: number, top: (i: number) => number, line: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (top(mid) <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface SpyTarget {
  /** index of the outline entry */
  index: number;
  el: Element;
}

/**
 * Calls `onChange` with the current entry's index (or -1) now and whenever it changes on scroll or resize. A heading
 * counts as reached once it is within a few pixels of where scrolling to it puts it (its scroll-margin-top): the
 * entry just clicked is the current one, not a short section after it.
 */
export function watchSection(win: Window, targets: readonly SpyTarget[], onChange: (index: number) => void): () => void {
  let last: number | undefined;
  let line = 0;
  const measure = () => {
    const first = targets[0]?.el;
    line = (first ? parseFloat(win.getComputedStyle(first).scrollMarginTop) || 0 : 0) + 16;
  };
  // Computed in the event itself: a binary search reads a dozen boxes, and animation frames may be withheld
  // from a window the system considers hidden.
  const update = () => {
    const at = lastAtOrAbove(targets.length, (i) => targets[i]!.el.getBoundingClientRect().top, line);
    const index = at < 0 ? -1 : targets[at]!.index;
    if (index !== last) onChange((last = index));
  };
  const resize = () => (measure(), update());
  win.addEventListener('scroll', update, { passive: true });
  win.addEventListener('resize', resize);
  resize();
  return () => {
    win.removeEventListener('scroll', update);
    win.removeEventListener('resize', resize);
  };
}
