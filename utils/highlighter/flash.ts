/** Marking an element of a live page briefly (the outline's "go to heading"), with the highlighter's own overlay. */
import { createHost, type OverlayHost } from './host';
import { flashBox } from './overlay';

/**
 * Mark the element briefly with a box of ours over it, in a closed shadow root that goes away with the box: the
 * page's element is not restyled, so the page's scripts see no style change on its heading. `makeHost` is for tests.
 */
export function flashElement(el: Element, ms = 1500, makeHost: (doc: Document) => OverlayHost = createHost): OverlayHost {
  const doc = el.ownerDocument;
  const host = makeHost(doc);
  const range = doc.createRange();
  range.selectNode(el);
  flashBox(doc, host, range, ms);
  return host;
}
