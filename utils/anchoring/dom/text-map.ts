/**
 * The page's visible text as one string, and the way back from offsets in it to DOM positions. Highlights are
 * stored as offsets and quotes in this text, so it must come out the same every time for the same page: runs of
 * whitespace become one space, block boundaries and <br> become one '\n', hidden subtrees are left out.
 * Runs in the page and under jsdom: the root is always passed in. What is left out: visibility.ts; from offsets back
 * to DOM positions and ranges: text-positions.ts.
 */

import { PAGE_BLOCK_TAGS as BLOCK } from '../../dom/blocks';
import { hiddenByStyle, skipped } from './visibility';

export { UI_ATTR } from './visibility';
export { offsetsToRange, pointToOffset, rangeToOffsets } from './text-positions';

/** Whitespace that collapses: what /[\s\u00a0\u3000\u200b\ufeff]/ matches, without a regular expression per character. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

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

/** What was emitted last: nothing yet (leading whitespace and breaks are dropped), a space, a break, a character. */
const NONE = 0;
const SPACE = 1;
const BREAK = 2;
const CHAR = 3;

let scratch = new Uint32Array(1024);

/** Visible text of `root` (usually document.body) with a map back to its text nodes. */
export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const win = doc.defaultView;
  const isHidden = opts.isHidden ?? ((el: Element) => hiddenByStyle(el, win));
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = NONE;
  const breakLine = () => {
    if (last === NONE || last === BREAK) return;
    if (last === SPACE) {
      // A space before a break is dropped. Spaces only come from text nodes: the last part is the last segment's.
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      const seg = segments[segments.length - 1]!;
      seg.offsets = seg.offsets.subarray(0, -1);
      if (!seg.offsets.length) {
        segments.pop();
        parts.pop();
      }
      length--;
    }
    parts.push('\n');
    length++;
    last = BREAK;
  };

  const visitText = (node: Text) => {
    const value = node.nodeValue ?? '';
    if (scratch.length < value.length) scratch = new Uint32Array(value.length * 2);
    let k = 0;
    let out = '';
    // Kept characters are copied in runs (slices), not one by one; a collapsed run becomes one ' '.
    let run = -1;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (isSpace(c)) {
        if (run >= 0 && c !== 0x20) {
          out += value.slice(run, i);
          run = -1;
        }
        if (last !== CHAR) {
          if (run >= 0) {
            out += value.slice(run, i);
            run = -1;
          }
          continue;
        }
        if (c !== 0x20) out += ' ';
        else if (run < 0) run = i;
        last = SPACE;
      } else {
        if (run < 0) run = i;
        last = CHAR;
      }
      scratch[k++] = i;
    }
    if (run >= 0) out += value.slice(run);
    if (out) {
      segments.push({ node, start: length, offsets: scratch.slice(0, k) });
      parts.push(out);
      length += out.length;
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) return visitText(node as Text);
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName : '';
    if (tag === 'BR') {
      if (!skipped(el, isHidden)) breakLine();
      return;
    }
    const block = BLOCK.has(tag);
    // An empty inline element adds nothing, hidden or not: no need to ask for its style.
    if (!node.firstChild && !block) return;
    if (node.nodeType === 1 && skipped(el, isHidden)) return;
    if (block) breakLine();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) breakLine();
  };
  visit(root);
  if (last === SPACE || last === BREAK) breakLine(); // drops a trailing space
  let text = parts.join('');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, segments };
}
