/** Steps on the checked article, between the passes and serialising: not heuristics of their own, kept in order. */
import { isBlockTag, squash } from '../dom/blocks';
import { buildOutline } from '../outline';
import { splitDocNumber } from './head/title-labels';

/** The title is stored apart; a first block that only repeats it would show twice and pollute the outline. */
export function dropLeadingTitle(content: Element, title: string): void {
  if (!title) return;
  const walker = content.ownerDocument.createTreeWalker(content, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null, i = 0; n && i < 8; n = walker.nextNode() as Element | null, i++) {
    const t = squash(n.textContent ?? '');
    if (!t) continue;
    // A block (table, p > span) that holds only the title goes whole; not one with an image, nor a <b> in a sentence.
    // The heading may still carry the 文号 the title dropped (…的通知（某发〔2020〕8号）).
    // the 文号 split keeps the start: a block not starting with the title is not it (no regex over a whole law's text)
    if (t === title || (t.startsWith(title) && splitDocNumber(t).title === title)) {
      const inSentence =
        !isBlockTag(n.tagName) && Array.from(n.parentNode?.childNodes ?? []).some((c) => c.nodeType === 3 && c.nodeValue?.trim());
      if (!inSentence && !n.querySelector('img, picture, video')) n.remove();
      return;
    }
    if (t.length < title.length || n.children.length === 0) return;
  }
}

/** The outline is a bonus: a page it cannot handle is still clipped, without one. */
export function safeOutline(root: Element, docTitle: string) {
  try {
    return buildOutline(root, { docTitle });
  } catch {
    return [];
  }
}
