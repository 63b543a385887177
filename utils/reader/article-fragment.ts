/**
 * The stored article as a live fragment for the reader. Stored HTML is untrusted even though it was sanitised when
 * it was clipped (an older build, an imported backup): it is sanitised again here, parsed in an inert <template>
 * (nothing loads or runs while parsing) and only then adjusted for reading.
 */
import { sanitizeArticleHtml } from '../sanitize';

export const TABLE_WRAP_CLASS = 'reader-table-wrap';

export function articleFragment(doc: Document, storedHtml: string): DocumentFragment {
  const tpl = doc.createElement('template');
  tpl.innerHTML = sanitizeArticleHtml(storedHtml, doc.defaultView ?? undefined);
  const root = tpl.content;
  // Wide tables scroll on their own instead of widening the page (a block wrapper adds nothing to the text).
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue;
    const wrap = doc.createElement('div');
    wrap.className = TABLE_WRAP_CLASS;
    table.replaceWith(wrap);
    wrap.appendChild(table);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    // The original site learns nothing about the reader page from image requests.
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
  // A link within the article stays in the page; the sanitiser sends every other link to a new tab.
  for (const a of Array.from(root.querySelectorAll('a[href^="#"]'))) a.removeAttribute('target');
  return root;
}

/** The element an outline entry's anchor names, looked up inside the article only (the page has ids of its own). */
export function anchorElement(root: Element, anchor: string): Element | null {
  if (!anchor) return null;
  const el = root.ownerDocument.getElementById(anchor);
  if (el && root.contains(el)) return el;
  for (const cand of Array.from(root.querySelectorAll('[id]'))) if (cand.id === anchor) return cand;
  return null;
}
