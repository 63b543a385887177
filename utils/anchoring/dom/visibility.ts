/**
 * Which elements of a page hold no visible text for the text map (text-map.ts): scripts, styles and other non-text
 * content, hidden subtrees (hidden, aria-hidden, inline or stylesheet display:none / visibility:hidden) and
 * Clausemark's own UI. The stylesheet check (getComputedStyle) is the costly one, so it comes last and only for
 * elements that could hold text.
 */

export const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'svg',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);
/** Elements Clausemark adds to the page (toolbar host, styles); never part of the page's text. */
export const UI_ATTR = 'data-clausemark-ui';
/** The reader's print painter wraps highlights in <mark class=MARK_CLASS> (utils/reader/paint.ts); they are text. */
export const MARK_CLASS = 'clausemark-mark';

/** Whether `el` and its subtree are left out of the text map. */
export function skipped(el: Element, isHidden: (el: Element) => boolean): boolean {
  if (SKIP.has(el.tagName)) return true;
  // Most elements have no attributes at all: one call instead of four. Reading `.style` creates the inline style
  // object in the browser, so only for elements that have the attribute.
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTR) || el.getAttribute('aria-hidden') === 'true') return true;
    if (el.hasAttribute('style')) {
      const style = (el as HTMLElement).style;
      if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    }
  }
  return isHidden(el);
}

/** The stylesheet check: one computed style per element, both properties read from it. */
export function hiddenByStyle(el: Element, win: (Window & typeof globalThis) | null): boolean {
  if (!win?.getComputedStyle) return false;
  const cs = win.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden';
}
