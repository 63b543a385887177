/**
 * `javascript:` links (slideshow pop-ups, "open in a window" menus on old portals) are links to the reader, but
 * Readability turns them into plain text, so a list of them no longer looks like a link list to the clean-up after
 * it. They get a placeholder address before Readability and become plain text again after the clean-up.
 */
import { MARK_JS_LINK as MARK } from '../../dom/marks';
import type { PassPair } from '../context';

const PLACEHOLDER = 'https://clausemark.invalid/javascript-link';

/** Before Readability. */
export function markJsLinks(body: Element): void {
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    if (!/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) continue;
    a.setAttribute('href', PLACEHOLDER);
    a.setAttribute(MARK, '');
  }
}

/** After the clean-up: the links that are left become their text, as Readability would have made them. */
export function restoreJsLinks(root: Element): void {
  for (const a of Array.from(root.querySelectorAll(`a[${MARK}]`))) a.replaceWith(...Array.from(a.childNodes));
}

export const jsLinks: PassPair = {
  mark: { name: 'js-links', fixture: 'zh-js-link-gallery', marks: [MARK], run: (ctx) => markJsLinks(ctx.body) },
  restore: { name: 'js-links', fixture: 'zh-js-link-gallery', marks: [MARK], run: (ctx) => restoreJsLinks(ctx.content) },
};
