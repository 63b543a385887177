/**
 * A blog's front page or a forum's thread view shows several posts, each with its own title line and time stamp.
 * That is a list of articles, not one: Readability joins them (and the sidebar between them) into one long clip.
 * Like a reader view, the clip keeps the first post, the one the page leads with, and reports how many it left
 * out so the user can ask for them all. Found on the page before Readability sees it, by structure, not by site.
 */
import { squash } from '../../dom/blocks';
import type { BodyContext, Pass } from '../context';

/**
 * A date with a clock time: a post's stamp (2005-06-14 03:25:55, 2021年3月1日 08:30, March 5, 2024 at 9:14 am), not a
 * date in a sentence.
 */
const STAMP =
  /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2},?\s+(?:at\s+)?\d{1,2}:\d{2}/i;
/** A machine-readable date in a <time datetime>; the date alone is enough there, the element says it is a stamp. */
const TIME_ATTR = /^(?:19|20)\d{2}-\d{2}-\d{2}/;
/** A stamp line is short; a longer text node is prose that mentions a time. */
const MAX_STAMP_LINE = 60;
const MIN_POSTS = 3;
/** Every post says something; the first, which is kept, is prose, not a teaser. */
const MIN_POST_CHARS = 40;
const MIN_FIRST_POST_CHARS = 200;
/** The posts are what the page is: comments or a news list beside an article are a smaller share of it. */
const MIN_PAGE_SHARE = 0.6;
/** Where a post's page lists other posts (related, more from the blog): teasers of other pages, never the page. */
const ELSEWHERE = 'aside, nav, footer, [class*="related" i], [id*="related" i], [class*="recommend" i], [class*="more-" i]';
const TITLE = 'h1, h2, h3, h4, h5, [class*="title" i]';

const nonSpace = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/** The posts of a post list in `body`, in page order, or null when the page is not one. */
export function findPosts(body: Element, pageChars: number): Element[] | null {
  const byParent = new Map<Element, Set<Element>>();
  // Each ancestor level counts the stamped children of its parent; the list is the level with several.
  const count = (stamp: Element | null) => {
    for (let el = stamp; el && el !== body && el.parentElement; el = el.parentElement) {
      const kids = byParent.get(el.parentElement) ?? new Set<Element>();
      kids.add(el);
      byParent.set(el.parentElement, kids);
    }
  };
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length <= 200 && STAMP.test(v) && squash(v).length <= MAX_STAMP_LINE) count(n.parentElement);
  }
  // <time datetime="2024-11-02T09:14:00+00:00">November 2, 2024</time>: the template's own stamp.
  for (const t of Array.from(body.querySelectorAll('time[datetime]'))) if (TIME_ATTR.test(t.getAttribute('datetime') ?? '')) count(t);
  let best: Element[] | null = null;
  for (const kids of byParent.values()) {
    if (kids.size < MIN_POSTS || (best && best.length >= kids.size)) continue;
    // Stamps are gathered from text first and <time> elements after: put the posts back in page order.
    const posts = Array.from(kids).sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    if (isPostList(posts, pageChars)) best = posts;
  }
  return best;
}

function isPostList(posts: Element[], pageChars: number): boolean {
  const tag = posts[0]!.tagName;
  if (posts.some((p) => p.tagName !== tag) || posts[0]!.closest(ELSEWHERE)) return false;
  let total = 0;
  for (const p of posts) {
    const n = nonSpace(p);
    if (n < MIN_POST_CHARS || !hasTitle(p)) return false;
    total += n;
  }
  if (unlinkedChars(posts[0]!) < MIN_FIRST_POST_CHARS) return false;
  return pageChars > 0 && total >= MIN_PAGE_SHARE * pageChars;
}

/** A post is headed by its own title: a heading, or a block its template calls a title. */
function hasTitle(post: Element): boolean {
  const n = squash(post.querySelector(TITLE)?.textContent ?? '').length;
  return n >= 2 && n <= 80;
}

function unlinkedChars(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += nonSpace(a);
  return nonSpace(el) - linked;
}

export interface FirstPost {
  /** posts removed from the page (0 when the page is not a post list) */
  leftOut: number;
  /** the kept post's own title, which names the clip better than the site's ('' when not a post list) */
  title: string;
}

/** Keep the first post only. */
export function keepFirstPost(body: Element, pageChars: number): FirstPost {
  const posts = findPosts(body, pageChars);
  if (!posts) return { leftOut: 0, title: '' };
  for (const p of posts.slice(1)) p.remove();
  return { leftOut: posts.length - 1, title: squash(posts[0]!.querySelector(TITLE)?.textContent ?? '') };
}

/** Skipped when the caller asked for every post. */
export const firstPost: Pass<BodyContext> = {
  name: 'post-list',
  fixture: 'zh-blog-front-page',
  run: (ctx) => {
    if (ctx.mode !== 'allposts') ctx.firstPost = keepFirstPost(ctx.body, ctx.pageChars);
  },
};
