/**
 * A paper's reference list (参考文献 / References) often sits in its own block after the body, a table or list of
 * short citations that Readability scores low and leaves out — yet a researcher clipping the article wants it.
 * Blocks headed that way are marked before Readability; afterwards, when the article lacks its list and exactly one
 * such block is left on the page (so it cannot belong to another post), it is appended to the article.
 */
import { squash } from '../../dom/blocks';
import { MARK_REFS as MARK } from '../../dom/marks';
import type { PassPair } from '../context';
import { mostlyUnlinked, PAGE_FURNITURE, tidyMovedBlock } from '../moved-blocks';

const HEAD = /^(参考文献|参考资料|references|bibliography|works cited|literature cited)[:：]?$/i;
/** The citations need some text of their own besides the heading. */
const MIN_BODY = 40;

/** The text of `el` if it is at most `max` characters, else null — without reading a big subtree to its end. */
function shortText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((text += n.nodeValue ?? '').length > max) return null;
  return text;
}

function isReferenceBlock(el: Element): boolean {
  const head = el.firstElementChild;
  const headText = head ? shortText(head, 60) : null;
  if (headText === null || !HEAD.test(squash(headText)) || el.closest(PAGE_FURNITURE)) return false;
  const text = squash(el.textContent ?? '');
  if (text.length - squash(headText).length < MIN_BODY) return false;
  return mostlyUnlinked(el, text);
}

/** Before Readability. */
export function markReferences(body: Element): void {
  for (const el of Array.from(body.querySelectorAll('div, section, ol, ul'))) if (isReferenceBlock(el)) el.setAttribute(MARK, '');
}

/** After Readability: append the one reference block it left out. Returns whether it did. */
export function restoreReferences(content: Element, target: Element, doc: Document): boolean {
  const kept = content.querySelector(`[${MARK}]`);
  const left = doc.body ? Array.from(doc.body.querySelectorAll(`[${MARK}]`)).filter((el) => !el.parentElement?.closest(`[${MARK}]`)) : [];
  const one = !kept && left.length === 1 ? left[0]! : null;
  if (one) {
    tidyMovedBlock(one, doc.baseURI);
    target.appendChild(one);
  }
  for (const el of Array.from(content.querySelectorAll(`[${MARK}]`))) el.removeAttribute(MARK);
  return !!one;
}

export const references: PassPair = {
  mark: { name: 'references', fixture: 'zh-paper-references', marks: [MARK], run: (ctx) => markReferences(ctx.body) },
  restore: {
    name: 'references',
    fixture: 'zh-paper-references',
    marks: [MARK],
    run: (ctx) => void restoreReferences(ctx.content, ctx.inner, ctx.doc),
  },
};
