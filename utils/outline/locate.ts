/**
 * Find an outline entry's heading in a live page (marking it is the in-page code's: utils/highlighter/flash.ts).
 * Runs in the page (injected) and under Node (tests, jsdom): the document is always passed in.
 */
import { PAGE_BLOCK_TAGS as BLOCK } from '../dom/blocks';
import { headingKey, squashAll, type HeadingTarget } from './heading-key';

export type { HeadingTarget } from './heading-key';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TEXTAREA', 'SELECT', 'svg', 'IFRAME', 'OBJECT']);

/**
 * The block element whose visible text starts with the entry's key; `occurrence` (0-based) picks among equal
 * keys, as the outline counts them (（一） under 一、 and again under 二、). Lines split by <br> count as blocks.
 * `count` is how many entries of the outline share the key: a page showing more of them has the extra ones before
 * its body (a 目录 listing the chapters, a summary of the articles), which the outline leaves out; they are skipped,
 * links first, then from the front, so an entry lands on the body's heading.
 */
export function locateHeading(doc: Document, target: HeadingTarget, occurrence: number, count?: number): Element | null {
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
  const visible = withoutContents(found.filter(isVisible), count);
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
  return seg.afterBreak ? (seg.first.parentElement ?? seg.block) : seg.block;
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

/** The candidates the outline counts: extra ones (a table of contents) dropped, links first, then the earliest. */
function withoutContents(found: Element[], count: number | undefined): Element[] {
  if (!count || found.length <= count) return found;
  const unlinked = found.filter((el) => !el.closest('a') && !el.querySelector('a'));
  const pool = unlinked.length >= count ? unlinked : found;
  return pool.slice(pool.length - count);
}
