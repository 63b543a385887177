/**
 * Find an outline entry's heading in a live page, and mark it briefly (with a box of ours, not the page's styles). Runs in the page (injected) and under
 * Node (tests, jsdom): the document is always passed in.
 */
import { createHost, type OverlayHost } from '../highlighter/host';
import { flashBox } from '../highlighter/overlay';
import type { OutlineEntry } from '../types';

export type HeadingTarget = Pick<OutlineEntry, 'label' | 'title' | 'preview'>;

/** Enough of a heading to recognise it; the outline builder may trim or shorten long titles differently. */
const KEY_CHARS = 24;
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TEXTAREA', 'SELECT', 'svg', 'IFRAME', 'OBJECT']);

/** Whitespace of any kind (no-break, full-width, zero-width) is dropped: pages and outlines space labels differently. */
function squashAll(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

/** What a heading's visible text starts with: label + title, or label + the first words when there is no title. */
export function headingKey(t: HeadingTarget): string {
  const rest = t.title || t.preview.replace(/(…|\.\.\.)+$/, '');
  return squashAll(t.label ?? '') + squashAll(rest).slice(0, KEY_CHARS);
}

/**
 * The block element whose visible text starts with the entry's key; `occurrence` (0-based) picks among equal
 * keys, as the outline counts them (（一） under 一、 and again under 二、). Lines split by <br> count as blocks.
 */
export function locateHeading(doc: Document, target: HeadingTarget, occurrence: number): Element | null {
  const key = headingKey(target);
  const root = doc.body;
  if (!key || !root) return null;
  const found: Element[] = [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && skipped(n as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  let seg: { block: Element; first: Text; afterBreak: boolean; text: string; done: boolean } | null = null;
  let boundary = true;
  let breakSeen = false;
  const close = () => {
    if (seg && !seg.done && seg.text.startsWith(key)) found.push(anchorOf(seg));
    seg = null;
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR' || BLOCK.has(tag)) {
        boundary = true;
        breakSeen = tag === 'BR';
      }
      continue;
    }
    const text = squashAll(n.nodeValue ?? '');
    if (!text) continue;
    const block = blockOf(n);
    if (boundary || !seg || seg.block !== block) {
      close();
      seg = { block, first: n as Text, afterBreak: breakSeen, text: '', done: false };
      boundary = breakSeen = false;
    }
    if (seg.done) continue;
    seg.text += text;
    if (seg.text.length >= key.length) {
      close(); // decided: later text of this block cannot start a heading
      seg = { block, first: n as Text, afterBreak: false, text: '', done: true };
    }
  }
  close();
  const visible = found.filter(isVisible);
  return visible[occurrence] ?? visible[visible.length - 1] ?? null;
}

function skipped(el: Element): boolean {
  if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

function blockOf(n: Node): Element {
  let el = n.parentElement!;
  while (!BLOCK.has(el.tagName) && el.parentElement) el = el.parentElement;
  return el;
}

/** A line after a <br> is marked by its own inline element when it has one, not the whole block. */
function anchorOf(seg: { block: Element; first: Text; afterBreak: boolean }): Element {
  return seg.afterBreak ? seg.first.parentElement ?? seg.block : seg.block;
}

/** Hidden by a stylesheet (the tree walk only sees inline styles): checked for the few candidates only. */
function isVisible(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const cs = win.getComputedStyle(cur);
    if (cs.display === 'none' || cs.visibility === 'hidden') return false;
  }
  return true;
}

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
