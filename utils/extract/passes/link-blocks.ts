/**
 * Link lists that Readability keeps inside the article on table-layout and portal pages: channel menus,
 * "最新文章" / headline lists, archive links. A block goes only when it is made of links to other pages and its
 * text outside the links holds no sentence, so prose that merely contains links is never touched.
 */
import { nonSpace, squash } from '../../dom/blocks';
import type { ArticleContext, Pass } from '../context';

const CANDIDATES = 'div, section, aside, nav, ul, ol, dl, table, tbody, tr, td, th, p';
/** Fewer links than this is a sentence with a link or two, not a list. */
const MIN_LINKS = 3;
const MIN_LINK_SHARE = 0.6;
/** A block this much made of this many links is a headline list even with a teaser sentence among them. */
const NEWS_LIST = { links: 5, share: 0.8 };
/** A run of text outside the links this long, or ending a sentence, is prose. */
const MAX_LOOSE_RUN = 24;
const SENTENCE_END = /[。！？!?；;]|\.(\s|$)/;
// Attachments (附件) and in-page jumps (contents, footnotes) belong to the document even as bare link lists.
const DOCUMENT_HREF = /^#|\.(pdf|docx?|xlsx?|pptx?|wps|ofd|zip|rar|7z|txt|csv)([?#]|$)/i;

function isLinkList(el: Element): boolean {
  // A list under a heading of its own is a section of the document ("See also", "参考文献"); chrome headings
  // such as 相关推荐 were removed with their lists by removeChrome already.
  if (/^H[1-6]$/.test(el.previousElementSibling?.tagName ?? '')) return false;
  const anchors = Array.from(el.getElementsByTagName('a')).filter((a) => nonSpace(a.textContent ?? '') > 0);
  if (anchors.length < MIN_LINKS) return false;
  if (anchors.some((a) => DOCUMENT_HREF.test(a.getAttribute('href') ?? ''))) return false;
  const total = nonSpace(el.textContent ?? '');
  const linked = anchors.reduce((n, a) => n + nonSpace(a.textContent ?? ''), 0);
  if (!total || linked / total < MIN_LINK_SHARE) return false;
  if (anchors.length >= NEWS_LIST.links && linked / total >= NEWS_LIST.share) return true;
  // Text outside the links: dates, counts, separators and 【tags】 are fine; a sentence is not.
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('a')) continue;
    const run = squash(n.nodeValue ?? '');
    if (run.length > MAX_LOOSE_RUN || SENTENCE_END.test(run)) return false;
  }
  return true;
}

/**
 * How many links each element under `root` holds, counted once from the links up: asking every candidate block for
 * its links walked a big law's 2,500 paragraphs one by one (~10 ms of a ~150 ms outline preview) to find none.
 * Removing a block only lowers its ancestors' counts, so a count taken before stays an upper bound.
 */
function linkCounts(root: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const a of Array.from(root.getElementsByTagName('a')))
    for (let el: Element | null = a; el && el !== root; el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  return counts;
}

/** Remove link-list blocks under `root` (never `root` itself). Returns how many were removed. */
export function removeLinkLists(root: Element): number {
  let removed = 0;
  const links = linkCounts(root);
  // Document order visits an outer block before its children, so the largest list goes in one piece.
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    // fewer links than a list needs: isLinkList would say no
    if ((links.get(el) ?? 0) < MIN_LINKS) continue;
    if (!root.contains(el) || !isLinkList(el)) continue;
    el.remove();
    removed++;
  }
  return removed;
}

export const linkLists: Pass<ArticleContext> = {
  name: 'link-blocks',
  fixture: 'zh-portal-link-lists',
  run: (ctx) => void removeLinkLists(ctx.content),
};
