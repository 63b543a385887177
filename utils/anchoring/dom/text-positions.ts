/**
 * The way back and forth between offsets in a text map's text (text-map.ts) and DOM positions: boundary points and
 * ranges to offsets (a selection becomes a highlight), offsets to a Range (a highlight is painted).
 */
import type { TextMap } from './text-map';

/** Index of the last segment starting at or before `offset` (-1 if none). */
function segmentAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** First segment whose node is `node` or comes after it in document order. */
function firstSegmentFrom(map: TextMap, node: Node): number {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = map.segments[mid]!.node;
    const pos = node.compareDocumentPosition(seg);
    const atOrAfter = seg === node || !!(pos & 4 /* FOLLOWING */) || !!(pos & 16 /* CONTAINED_BY */);
    if (atOrAfter) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Offset in the map's text of a DOM boundary point (characters before it). */
export function pointToOffset(map: TextMap, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = firstSegmentFrom(map, container);
    const seg = map.segments[i];
    if (seg && seg.node === container) {
      let n = 0;
      while (n < seg.offsets.length && seg.offsets[n]! < offset) n++;
      return seg.start + n;
    }
    return seg ? seg.start : map.text.length;
  }
  const child = container.childNodes[offset];
  if (child) {
    const seg = map.segments[firstSegmentFrom(map, child)];
    return seg ? seg.start : map.text.length;
  }
  // after the container's last child: the first text that follows the container's subtree
  const segs = map.segments;
  let i = firstSegmentFrom(map, container);
  while (i < segs.length && (container === segs[i]!.node || container.contains(segs[i]!.node))) i++;
  return segs[i]?.start ?? map.text.length;
}

/** A DOM range as [start, end) in the map's text, trimmed of surrounding whitespace; null when it holds no text. */
export function rangeToOffsets(map: TextMap, range: AbstractRange): { start: number; end: number } | null {
  let start = pointToOffset(map, range.startContainer, range.startOffset);
  let end = pointToOffset(map, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The DOM range covering [start, end) of the map's text; null when the span holds no page text. */
export function offsetsToRange(map: TextMap, doc: Document, start: number, end: number): Range | null {
  start = Math.max(0, start);
  end = Math.min(map.text.length, end);
  if (end <= start) return null;
  // Start: the segment holding `start`, or the next one if `start` falls on a synthetic break.
  let si = segmentAt(map, start);
  let s = si >= 0 ? map.segments[si]! : undefined;
  let sOff: number;
  if (s && start < s.start + s.offsets.length) sOff = s.offsets[start - s.start]!;
  else {
    s = map.segments[si + 1];
    if (!s || s.start >= end) return null;
    sOff = s.offsets[0]!;
  }
  // End: the segment holding `end - 1`, or the previous one's last character if that is a synthetic break.
  const ei = segmentAt(map, end - 1);
  const e = map.segments[ei];
  if (!e) return null;
  const within = end - 1 - e.start;
  const eOff = within < e.offsets.length ? e.offsets[within]! + 1 : e.offsets[e.offsets.length - 1]! + 1;
  const range = doc.createRange();
  range.setStart(s.node, sOff);
  range.setEnd(e.node, eOff);
  return range;
}
