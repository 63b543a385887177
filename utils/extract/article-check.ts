/**
 * Is what Readability found an article? A results list or an app shell is not: the user is offered the whole
 * visible text instead. A short page is: when the extracted text is (nearly) all the page shows, refusing it
 * would only hand back the same text through a detour.
 */
import { nonSpace } from '../dom/blocks';

const MIN_ARTICLE_CHARS = 20;
/** Link text share above which a block reads as navigation, not prose. */
const MAX_LINK_SHARE = 0.6;
/** Share of the page's visible text the article must hold to be accepted however short it is. */
const WHOLE_PAGE_SHARE = 0.8;

/**
 * `pageChars` = non-space characters of the page's visible text before extraction (0 when unknown).
 * Enough running text that is not links, or the page's only text; never a page of links.
 */
export function looksLikeArticle(content: Element, cjk: boolean, pageChars = 0): boolean {
  const total = nonSpace(content.textContent ?? '');
  let linked = 0;
  for (const a of Array.from(content.getElementsByTagName('a'))) linked += nonSpace(a.textContent ?? '');
  if (total === 0 || linked / total >= MAX_LINK_SHARE) return false;
  const prose = total - linked;
  if (prose >= (cjk ? MIN_ARTICLE_CHARS : 5 * MIN_ARTICLE_CHARS)) return true;
  return pageChars > 0 && total >= WHOLE_PAGE_SHARE * pageChars;
}
