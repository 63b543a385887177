/**
 * A PDF clip keeps an empty `<a id="page-N">` where each page starts (utils/pdf/to-html.ts). In the reader each
 * becomes a "view original page N" link to the PDF at that page (`#page=N`, which PDF viewers open at). The label
 * is generated content (CSS `attr()`), not text, so the article's text — where highlights are anchored — is unchanged.
 */
import { DOC_ID_PREFIX } from './isolate-ids';

export const PAGE_LINK_CLASS = 'reader-page-link';
const PAGE_ANCHOR = new RegExp(`^${DOC_ID_PREFIX}page-(\\d+)$`);

/** Runs after isolateIds (the anchors' ids are prefixed then); `original` is a safe http(s) address or nothing. */
export function linkPdfPages(root: ParentNode, original: string | undefined, label: (page: number) => string): void {
  if (!original || !/^https?:/i.test(original)) return;
  const base = original.split('#')[0]!;
  for (const a of Array.from(root.querySelectorAll('a[id]'))) {
    const m = PAGE_ANCHOR.exec(a.id);
    // only the empty markers the PDF pipeline places, never a link of the article's own; page 1 has no break before it
    if (!m || m[1] === '1' || a.hasAttribute('href') || a.textContent !== '' || a.childElementCount) continue;
    const text = label(Number(m[1]));
    a.setAttribute('href', `${base}#page=${m[1]}`);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
    a.className = PAGE_LINK_CLASS;
    a.setAttribute('data-label', text);
    a.setAttribute('aria-label', text);
  }
}
