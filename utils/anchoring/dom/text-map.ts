/**
 * The page's visible text as one string, and the way back from offsets in it to DOM positions. Highlights are
 * stored as offsets and quotes in this text, so it must come out the same every time for the same page: runs of
 * whitespace become one space, block boundaries and <br> become one '\n', hidden subtrees are left out.
 * Runs in the page and under jsdom: the root is always passed in.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'svg', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO']);
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
);
/** Elements Clausemark adds to the page (toolbar host, styles); never part of the page's text. */
export const UI_ATTR = 'data-clausemark-ui';
const WS = /[\s\u00a0\u3000\u200b\ufeff]/;

export interface TextSegment {
  node: Text;
  /** offset in the map's text of this node's first emitted character */
  start: number;
  /** offsets in the node of each emitted character (ascending) */
  offsets: Uint32Array;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface TextMapOptions {
  /** computed-style check for stylesheet-hidden elements; defaults to the root's window when it has one */
  isHidden?: (el: Element) => boolean;
}

/** Visible text of `root` (usually document.body) with a map back to its text nodes. */
export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const win = doc.defaultView;
  const isHidden = opts.isHidden ?? ((el: Element) => hiddenByStyle(el, win));
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // What was emitted last: '' at the start, so leading whitespace and breaks are dropped.
  let last = '';
  const breakLine = () => {
    if (last === '' || last === '\n') return;
    if (last === ' ') {
      // a space before a break is dropped: replace it
      // (spaces only come from text nodes, so the last part is the last segment's text)
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      const seg = segments[segments.length - 1]!;
      seg.offsets = seg.offsets.slice(0, -1);
      if (!seg.offsets.length) {
        segments.pop();
        parts.pop();
      }
      length--;
    }
    parts.push('\n');
    length++;
    last = '\n';
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const offs: number[] = [];
      let out = '';
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (WS.test(ch)) {
          if (last === '' || last === ' ' || last === '\n') continue;
          out += ' ';
          last = ' ';
        } else {
          out += ch;
          last = ch;
        }
        offs.push(i);
      }
      if (out) {
        segments.push({ node: node as Text, start: length, offsets: Uint32Array.from(offs) });
        parts.push(out);
        length += out.length;
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    if (node.nodeType === 1 && skipped(el, isHidden)) return;
    const tag = node.nodeType === 1 ? el.tagName : '';
    const block = BLOCK.has(tag);
    if (tag === 'BR') return breakLine();
    if (block) breakLine();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) breakLine();
  };
  visit(root);
  if (last === ' ' || last === '\n') breakLine(); // drops a trailing space
  let text = parts.join('');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments };
}

function skipped(el: Element, isHidden: (el: Element) => boolean): boolean {
  if (SKIP.has(el.tagName) || el.hasAttribute('hidden') || el.hasAttribute(UI_ATTR)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  return isHidden(el);
}

function hiddenByStyle(el: Element, win: (Window & typeof globalThis) | null): boolean {
  if (!win?.getComputedStyle) return false;
  const cs = win.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden';
}

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
