/** Blocks a restore pass brings back into the article from the rest of the page: where they must not come from, and
 * how they are made to look like the blocks Readability kept. */
import { squash } from '../dom/blocks';

/** Page furniture a block brought back into the article must not sit in. */
export const PAGE_FURNITURE =
  'nav, footer, aside, header, [role="search"], [role="navigation"], [role="contentinfo"], [role="complementary"], [role="banner"]';
const MAX_LINK_SHARE = 0.5;

/** Less than half of `text` (the block's squashed text) is link text: a section, not a menu. */
export function mostlyUnlinked(block: Element, text: string): boolean {
  let linked = 0;
  for (const a of Array.from(block.getElementsByTagName('a'))) linked += squash(a.textContent ?? '').length;
  return linked / text.length < MAX_LINK_SHARE;
}

/** What Readability does to the blocks it keeps: absolute links and sources, no classes. */
export function tidyMovedBlock(block: Element, base: string): void {
  const abs = (v: string): string => {
    try {
      return new URL(v, base).href;
    } catch {
      return v;
    }
  };
  for (const el of [block, ...Array.from(block.querySelectorAll('*'))]) {
    el.removeAttribute('class');
    for (const attr of ['href', 'src'] as const) {
      const v = el.getAttribute(attr);
      if (v && !v.startsWith('#') && !/^javascript:/i.test(v)) el.setAttribute(attr, abs(v));
    }
  }
}
