/**
 * Who a printed name is on a Chinese page: the reporter's role word (记者, 评论员, 通讯员) is not part of the byline, a name
 * the page labels 编辑/责任编辑 is the editor, a latin word of the site's own address is the site, and a line a
 * reader never sees (display:none copies for search engines) prints nobody's byline.
 */
const ROLE_WORD = '(?:特约记者|见习记者|实习记者|记者|特约评论员|评论员|通讯员|实习生)';
// 本报记者 张三 / 新华社记者王敬照 / 记者 张三 通讯员 李四: the role word and what names the desk go, the names stay.
const ROLE_PREFIX = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}?${ROLE_WORD}\\s*(?=[\\u4e00-\\u9fa5·]{2})`);
const ROLE_INSIDE = new RegExp(`(^|\\s)${ROLE_WORD}(?=\\s|[\\u4e00-\\u9fa5·]{2})\\s*`, 'g');

/** `t` without its role words: "记者王敬照" → "王敬照", "记者 张三 通讯员 李四" → "张三 李四". */
export function dropRoles(t: string): string {
  return unpadNames(t.replace(ROLE_PREFIX, '').replace(ROLE_INSIDE, '$1').replace(/\s+/g, ' ').trim());
}

/**
 * 王乐文 方 敏: the layout pads a two-letter name to a three-letter one's width. A letter standing alone is no name, so
 * lone letters in a row are one name; the gaps then no longer tell names apart, and the names are joined with 、.
 */
function unpadNames(t: string): string {
  const parts = t.split(' ');
  if (!parts.some((p) => p.length === 1) || !parts.every((p) => /^[\u4e00-\u9fa5·]+$/.test(p))) return t;
  const names: string[] = [];
  let run = '';
  for (const p of parts) {
    if (p.length === 1) run += p;
    else names.push(...(run ? [run] : []), p);
    if (p.length > 1) run = '';
  }
  if (run) names.push(run);
  return names.every((n) => n.length >= 2) ? names.join('、') : t;
}

const EDITOR_LABEL = '(?:责任编辑|责编|编辑|审核|审校|校对|录入|发布人|值班编辑)';

/** Whether the page prints `name` only as its editor (责任编辑：孔德明), never as an author. */
export function printedAsEditor(pageText: string, name: string): boolean {
  if (!/^[\u4e00-\u9fa5·]{2,5}$/.test(name)) return false;
  const at = (label: string) => new RegExp(`${label}\\s*[:：]?\\s*${name}`).test(pageText);
  return at(`${EDITOR_LABEL}\\s*[:：]`) && !at('(?:作者|记者|撰文|撰稿|文\\s*[/／|｜])');
}

/** A latin author that is a word of the site's host (<meta name="author" content="chinanews"> on chinanews.com). */
export function isSiteWord(name: string, host: string): boolean {
  return /^[a-z][a-z0-9-]{2,}$/i.test(name) && host.toLowerCase().split('.').includes(name.toLowerCase());
}

/** Hidden by the page itself (hidden attribute, inline display:none / visibility:hidden), here or above. */
export function isHidden(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const style = (e.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (/display:none|visibility:hidden/.test(style)) return true;
  }
  return false;
}

const fold = (t: string) => t.replace(/\s+/g, '').toLowerCase();

/**
 * Whether the page prints `name` where a reader sees it. A copy only inside hidden elements (a CMS's display:none
 * "Produced By 某某网络" link, the vendor its <meta name="author"> names) is not printed.
 */
export function printedVisibly(body: Element | null | undefined, name: string): boolean {
  const n = fold(name);
  if (!n) return true;
  const count = (t: string) => fold(t).split(n).length - 1;
  const all = count(body?.textContent ?? '');
  if (!all || !body) return false;
  // only the outermost hidden elements, so a hidden one inside another is not counted twice
  const hidden = Array.from(body.querySelectorAll('[hidden], [style]')).filter((e) => isHidden(e) && !isHidden(e.parentElement));
  return all > hidden.reduce((sum, e) => sum + count(e.textContent ?? ''), 0);
}

// Class and id words that hold "author" without naming one: a consent button (.authorized: 我已授权), an authority,
// a legislation footnote (Akoma Ntoso's .authorialNote).
const NOT_AUTHOR = /author(?:i[sz]\w*|it\w*|ial\w*)/gi;

/** A class or id string without those words, for asking whether it names an author. */
export const withoutAuthorLookalikes = (s: string): string => s.replace(NOT_AUTHOR, ' ');
