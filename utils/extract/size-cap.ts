/**
 * How much of a page a clip keeps. A page with a 30 MB text node was stored whole and took the reader 26 s to render;
 * a policy document, even a big code of law, is well under a million characters. Past the cap the article is cut at
 * the text node where the cap is reached, the page is marked truncated and the user is told.
 */
import type { ExtractedPage } from '../types';

export const DEFAULT_MAX_CHARS = 5_000_000;
/** Stored html may carry markup besides its text, but not without bound. */
const HTML_PER_CHAR = 2;

/** Keep the first `maxChars` characters of text under `root`, dropping everything after; true when anything was cut. */
export function truncateArticle(root: Element, maxChars: number): boolean {
  // the text nodes' characters are textContent's: one native call, no walk, for the pages under the cap (nearly all)
  if ((root.textContent?.length ?? 0) <= maxChars) return false;
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (seen + n.data.length <= maxChars) {
      seen += n.data.length;
      continue;
    }
    n.data = `${cutText(n.data, maxChars - seen)}…`;
    for (let cur: Node | null = n; cur && cur !== root; cur = cur.parentNode)
      while (cur.nextSibling) cur.parentNode!.removeChild(cur.nextSibling);
    return true;
  }
  return false;
}

/** The first `n` characters, never splitting a surrogate pair. */
export function cutText(s: string, n: number): string {
  if (s.length <= n) return s;
  const end = n > 0 && /[\uD800-\uDBFF]/.test(s[n - 1]!) ? n - 1 : n;
  return s.slice(0, Math.max(0, end));
}

/** Plain text as paragraphs of escaped HTML (nothing in it to sanitise). */
export function paragraphsHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .map((l) => `<p>${escape(l)}</p>`)
    .join('');
}

/**
 * The same cap on what an injected script sent, checked again where it is stored (the page's process may not have
 * applied it): text over the cap is cut, and html too large for its text is rebuilt from the text.
 */
export function capPage(page: ExtractedPage, maxChars = DEFAULT_MAX_CHARS): ExtractedPage {
  const textOver = page.text.length > maxChars;
  const text = textOver ? `${cutText(page.text, maxChars)}…` : page.text;
  if (!textOver && page.html.length <= maxChars * HTML_PER_CHAR) return page;
  const html = page.html.length <= maxChars * HTML_PER_CHAR && !textOver ? page.html : paragraphsHtml(text);
  return { ...page, text, html, truncated: true };
}
