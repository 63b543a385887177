/** The outline entry of the section being read, followed as the reader scrolls. */
import { useEffect, useState } from 'preact/hooks';
import type { OutlineEntry } from '../../utils/model';
import { anchorElement } from '../../utils/reader/article-fragment';
import { watchSection, type SpyTarget } from '../../utils/reader/scroll-spy';
import type { RenderedArticle } from './reader-paint';

export function useCurrentSection(doc: RenderedArticle | null, outline: readonly OutlineEntry[]): number {
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const win = doc?.el.ownerDocument.defaultView;
    if (!doc || !win) return;
    const targets: SpyTarget[] = [];
    outline.forEach((entry, index) => {
      const el = anchorElement(doc.el, entry.anchor);
      if (el) targets.push({ index, el });
    });
    return watchSection(win, targets, setCurrent);
  }, [doc, outline]);
  return current;
}
