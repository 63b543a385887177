/**
 * A blog's front page or a forum's thread view shows several posts, each with its own title line and time stamp.
 * That is a list of articles, not one: Readability joins them (and the sidebar between them) into one long clip.
 * Like a reader view, the clip keeps the first post, the one the page leads with, and reports how many it left
 * out so the user can ask for them all. Found on the page before Readability sees it, by structure, not by site.
 */
import { squash } from './text';

/** A date with a clock time: a post's stamp (2005-06-14 03:25:55, 2021年3月1日 08:30), not a date in a sentence. */
const STAMP = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}/;
/** A stamp line is short; a longer text node is prose that mentions a time. */
const MAX_STAMP_LINE = 60;
const MIN_POSTS = 3;
/** Every post says something; the first, which is kept, is prose, not a teaser. */
const MIN_POST_CHARS = 40;
const MIN_FIRST_POST_CHARS = 200;
/** The posts are what the page is: comments or a news list beside an article are a smaller share of it. */
const MIN_PAGE_SHARE = 0.5;
const TITLE = 'h1, h2, h3, h4, h5, [class*="title" i]';

const nonSpace = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/** The posts of a post list in `body`, in page order, or null when the page is not one. */
export function findPosts(body: Element, pageChars: number): Element[] | null {
  const byParent = new Map<Element, Set<Element>>();
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 200 || !STAMP.test(v) || squash(v).length > MAX_STAMP_LINE) continue;
    // Each ancestor level counts the stamped children of its parent; the list is the level with several.
    for (let el = n.parentElement; el && el !== body && el.parentElement; el = el.parentElement) {
      const kids = byParent.get(el.parentElement) ?? new Set<Element>();
      kids.add(el);
      byParent.set(el.parentElement, kids);
    }
  }
  let best: Element[] | null = null;
  for (const kids of byParent.values()) {
    if (kids.size < MIN_POSTS || (best && best.length >= kids.size)) continue;
    const posts = Array.from(kids);
    if (isPostList(posts, pageChars)) best = posts;
  }
  return best;
}

function isPostList(posts: Element[], pageChars: number): boolean {
  const tag = posts[0]!.tagName;
  if (posts.some((p) => p.tagName !== tag)) return false;
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
