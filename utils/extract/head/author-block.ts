/**
 * The account or author card printed above a repost (澎湃号, 头条号, a WeChat account's name card): a block classed
 * as the author's, holding the name and a follow button. When no author is printed elsewhere, the account is the byline.
 */
import { squash } from '../../dom/blocks';
import { isHidden, withoutAuthorLookalikes } from './byline-roles';

const BLOCK = '[class*="author" i], [id*="author" i], #js_name, [class*="nickname" i]';
const NAME = '[class*="name" i]';
// a class naming the author, not authorisation (.authorized is a consent button, 我已授权) nor authority
const namesAuthor = (el: Element) =>
  el.id === 'js_name' || /author|nickname/i.test(withoutAuthorLookalikes(`${el.id} ${el.getAttribute('class') ?? ''}`));
// the card's buttons and labels, not the name
const BUTTON = /^(关注|已关注|\+\s*关注|订阅|作者|作者：|follow)$/i;

export function readAuthorBlock(doc: Document): string {
  for (const el of Array.from(doc.body?.querySelectorAll(BLOCK) ?? []).slice(0, 10)) {
    if (!namesAuthor(el) || el.closest('nav, footer, [class*="footer" i], [class*="comment" i]') || isHidden(el)) continue;
    // beside fields to fill, a form asking for the reader's name (a comment box's login: 账号 / 密码), not a byline
    if (besideFields(el)) continue;
    const named = el.matches(NAME) ? el : el.querySelector(NAME);
    const parts = named ? [squash(named.textContent ?? '')] : textParts(el).filter((t) => !BUTTON.test(t));
    const name = parts.length === 1 ? parts[0]!.replace(/^作者\s*[:：]\s*/, '') : '';
    if (name.length >= 2 && name.length <= 20 && /\p{L}/u.test(name) && !/[\d:：,，。]/.test(name)) return name;
  }
  return '';
}

/** The element's separate pieces of text (one per text node), without empty ones. */
function textParts(el: Element): string[] {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = squash(n.nodeValue ?? '');
    if (t) out.push(t);
  }
  return out;
}

const FIELDS = 'input, textarea, select';

/** The block holds a field, or is the label of one in a small box of its own (`<input>` / `账号`). */
function besideFields(el: Element): boolean {
  const box = el.parentElement;
  return !!el.querySelector(FIELDS) || (!!box && squash(box.textContent ?? '').length <= 30 && !!box.querySelector(FIELDS));
}
