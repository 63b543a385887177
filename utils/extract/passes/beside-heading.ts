/**
 * Readability takes the block with the most text and, of its siblings, only those that score: a heading set just
 * before that block, beside it rather than inside it (a CMS's title field over its body field), is left out, and the
 * article loses the one heading that names it. Before it runs, each heading's next block is marked; afterwards, when
 * the article opens with a marked block and lacks that heading, the heading is put back above it.
 */
import { squash } from '../../dom/blocks';
import { MARK_HEADED } from '../../dom/marks';
import type { PassPair } from '../context';
import { PAGE_FURNITURE } from '../moved-blocks';

/** a heading only a screen reader is meant to read (skip links, "Main navigation") is no part of what is seen */
const HIDDEN = /visually-hidden|sr-only|screen-reader|element-invisible|hidden/i;
const MAX_HEADING = 100;

/** Before Readability: the text of each heading whose next sibling is a block; the block carries its index. */
export function markBesideHeadings(body: Element): string[] {
  const found: string[] = [];
  for (const h of Array.from(body.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const next = h.nextElementSibling;
    const text = squash(h.textContent ?? '');
    // the heading opens the container it shares with the block (a title field over its body field): a heading
    // between two blocks may be the end of the one before, which Readability judged apart
    if (h.previousElementSibling || !next || /^H[1-6]$/.test(next.tagName) || !text || text.length > MAX_HEADING || /[.!?:]$/.test(text))
      continue;
    if (HIDDEN.test(h.getAttribute('class') ?? '') || h.closest(PAGE_FURNITURE) || h.querySelector('a')) continue;
    next.setAttribute(MARK_HEADED, String(found.length));
    found.push(text);
  }
  return found;
}

/** After Readability: the heading of the marked block the article opens with, put back when the article lacks it. */
export function restoreBesideHeading(inner: Element, found: string[]): boolean {
  const block = inner.querySelector(`[${MARK_HEADED}]`);
  const text = block ? found[Number(block.getAttribute(MARK_HEADED))] : undefined;
  if (!block || !text || textBefore(inner, block) || squash(inner.textContent ?? '').includes(text)) return false;
  const h = inner.ownerDocument.createElement('h2');
  h.textContent = text;
  block.parentNode!.insertBefore(h, block);
  return true;
}

function textBefore(root: Element, block: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && !block.contains(n); n = walker.nextNode()) if ((n.nodeValue ?? '').trim()) return true;
  return false;
}

export const besideHeading: PassPair = {
  mark: {
    name: 'besideHeading',
    fixture: 'en-heading-beside-body',
    marks: [MARK_HEADED],
    run: (ctx) => void (ctx.besideHeadings = markBesideHeadings(ctx.body)),
  },
  restore: {
    name: 'besideHeading',
    fixture: 'en-heading-beside-body',
    marks: [MARK_HEADED],
    run: (ctx) => void restoreBesideHeading(ctx.inner, ctx.besideHeadings),
  },
};
