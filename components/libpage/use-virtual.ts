/** @tanstack/virtual-core in a Preact hook (what @tanstack/react-virtual does): fixed-height rows in a scroll box. */
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { useLayoutEffect, useMemo, useReducer, type MutableRef } from 'preact/hooks';

export function useVirtualRows(count: number, scroller: MutableRef<HTMLElement | null>, rowHeight: number) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // A box with no height yet (a hidden tab, jsdom) would show no rows at all: assume a window's worth.
    observeElementRect: (v: Virtualizer<HTMLElement, HTMLElement>, cb: (r: { width: number; height: number }) => void) =>
      observeElementRect(v, (r) => cb(r.height ? r : { width: r.width, height: window.innerHeight })),
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: () => rerender(0),
  };
  const virtualizer = useMemo(() => new Virtualizer<HTMLElement, HTMLElement>(options), []);
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
