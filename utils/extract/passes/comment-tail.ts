/**
 * Blog and news templates put the comment section (and often the sidebar after it) in the same container as the
 * article, so Readability keeps it. Its heading — 发表评论, 网友评论, 《…》已有3件评论 — marks where the document
 * ends: drop the heading and everything after it, but only when most of the text comes before it, so a
 * comment heading in a sidebar above the article never takes the article with it.
 */
import { nonSpace, squash } from '../../dom/blocks';
import type { ArticleContext, Pass } from '../context';

const COMMENT_HEAD =
  /^(《[^》]{1,80}》)?\s*(已有|共有?)\s*\d+\s*(条|件|篇|个)?(评论|回复|留言)\s*[:：>»]*$|^(网友评论|发表评论|我要评论|我来说两句|最新评论|热门评论|全部评论|评论列表|用户评论|读者评论|文章评论|评论区|发表留言|我要留言|网友留言)\s*[:：]?\s*[（(]?\d*[)）]?$/;
/** A heading, not a paragraph that happens to start with these words. */
const MAX_HEAD_CHARS = 100;
/** Share of the article's text that must come before the heading. */
const MIN_BEFORE_SHARE = 0.5;
/** Headings looked at before giving up: each costs a pass over the text before it. */
const MAX_TRIES = 4;

export function isCommentHeading(text: string): boolean {
  const t = squash(text);
  return t.length <= MAX_HEAD_CHARS && COMMENT_HEAD.test(t);
}

/** Non-space characters of the text nodes under `root` that come before `el` in document order. */
function charsBefore(root: Element, el: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (el.contains(t) || el.compareDocumentPosition(t) & 4 /* FOLLOWING */) break;
    n += nonSpace(t.nodeValue ?? '');
  }
  return n;
}

// Cheap first test on a text node, so only likely headings are looked at further (one pass over the text).
const STARTER = /^\s*(《|已有|共|网友|发表|我要|我来|最新|热门|全部|评论|用户|读者|文章评论)/;

/** The largest element around `text` (below `root`) that is nothing but a comment heading, if any. */
function headingAround(root: Element, text: Text): Element | null {
  let best: Element | null = null;
  for (let el = text.parentElement; el && el !== root; el = el.parentElement) {
    if (nonSpace(el.textContent ?? '') > MAX_HEAD_CHARS) break;
    if (isCommentHeading(el.textContent ?? '')) best = el;
  }
  return best;
}

/** Remove a trailing comment section under `root`. Returns whether one was found. */
export function trimCommentTail(root: Element): boolean {
  const total = nonSpace(root.textContent ?? '');
  if (!total) return false;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let tries = MAX_TRIES;
  let rejected: Element | null = null;
  for (let t = walker.nextNode() as Text | null; t && tries > 0; t = walker.nextNode() as Text | null) {
    if (!STARTER.test(t.nodeValue ?? '') || rejected?.contains(t)) continue;
    const el = headingAround(root, t);
    if (!el) continue;
    tries--;
    rejected = el;
    if (charsBefore(root, el) < MIN_BEFORE_SHARE * total) continue; // a sidebar widget above the article
    for (let n: Element | null = el; n && n !== root; n = n.parentElement) while (n.nextSibling) n.nextSibling.remove();
    el.remove();
    return true;
  }
  return false;
}

export const commentTail: Pass<ArticleContext> = {
  name: 'comment-tail',
  fixture: 'zh-blog-comment-tail',
  run: (ctx) => void trimCommentTail(ctx.content),
};
