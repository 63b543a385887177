/** A range's box; the box of the element it starts in where ranges have no layout (jsdom). */
export function rangeRect(range: Range): DOMRect {
  if (typeof range.getBoundingClientRect === 'function') return range.getBoundingClientRect();
  const c = range.startContainer;
  const el = c.nodeType === 1 ? (c as Element) : c.parentElement;
  return el ? el.getBoundingClientRect() : new DOMRect();
}
