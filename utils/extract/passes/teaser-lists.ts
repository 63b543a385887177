/**
 * "More stories" blocks whose links a template turned into scripts or plain text, so no link-density test sees
 * them: three or more items that are each a short headline followed by its date (and a view or comment count),
 * e.g. 在前男友婚礼秀翻全场 2019-09-06 66. Documents date their entries first (timelines, 大事记) and write
 * sentences, so a list of headline-then-date items is navigation.
 */
import { squash } from '../../dom/blocks';
import type { ArticleContext, Pass } from '../context';

// Never tables: a policy document's table of documents (名称 | 文号 | 日期) has the same shape and is content.
const CANDIDATES = 'ul, ol, dl, div, section, aside';
const MIN_ITEMS = 3;
/** A headline with its date and counter; a longer item is a summary or prose. */
const MAX_ITEM_CHARS = 90;
/** A short first child such as 观察员 or 精彩推荐 heads the list and goes with it. */
const MAX_HEAD_CHARS = 12;
// Not a teaser: a sentence, a numbered entry (1. / 一、 / （一）) or one citing a document number (〔2019〕): those are
// the document's own lists, such as a schedule of repealed documents with their dates.
const TEASER =
  /^(?!.*[。；;])(?![（(]?[0-9０-９一二三四五六七八九十]+[)）.．、])(?!.*[〔［\[]\d{4}[〕］\]])(.{4,70}?)\s*[（(\[]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*[)）\]]?\s*\d{0,7}$/;

export function isTeaserItem(text: string): boolean {
  const t = squash(text);
  return t.length <= MAX_ITEM_CHARS && TEASER.test(t);
}

export function isTeaserList(el: Element): boolean {
  if (el.children.length < MIN_ITEMS) return false;
  let items = 0;
  let first = true;
  // Stops at the first child that is neither an item nor the leading heading, so prose costs one child's text.
  for (const kid of Array.from(el.children)) {
    const t = squash(kid.textContent ?? '');
    if (!t) continue;
    if (isTeaserItem(t)) items++;
    else if (!first || t.length > MAX_HEAD_CHARS) return false;
    first = false;
  }
  return items >= MIN_ITEMS;
}

/** Remove teaser lists under `root` (never `root` itself). Returns how many were removed. */
export function removeTeaserLists(root: Element): number {
  let removed = 0;
  // Document order reaches the outer block (heading and list together) before the list inside it.
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!root.contains(el) || !isTeaserList(el)) continue;
    const parent = el.parentElement;
    el.remove();
    // The list's own heading (相关内容, 精彩推荐) is all its wrapper has left.
    if (parent && parent !== root && root.contains(parent) && squash(parent.textContent ?? '').length <= MAX_HEAD_CHARS) parent.remove();
    removed++;
  }
  return removed;
}

export const teaserLists: Pass<ArticleContext> = {
  name: 'teaser-lists',
  fixture: 'zh-news-teaser-lists',
  run: (ctx) => void removeTeaserLists(ctx.content),
};
