/**
 * A heading tag can carry the header-part class itself: `<h2 class="map-search-header">1. Search by address</h2>`
 * over the paragraph it heads, `<h2 class="listHeader">Acts or provisions not in force …</h2>` over its list.
 * Readability drops it for the word "header" and keeps the text under it. Such a tag heads that text when the text is
 * plain (a paragraph, a list, a block with no heading of its own) and the tag names a section, not a date: a blog's
 * `h2.date-header` over the day's posts (each with its own title) stays Readability's.
 */
import { squash } from '../../dom/blocks';
import { toIsoDate } from '../head/dates';

export const HEADING_TAGS = 'h2, h3, h4, h5, h6';

export function headsItsText(tag: Element, next: Element, text: string): boolean {
  if (!tag.matches(HEADING_TAGS) || next.matches(`h1, ${HEADING_TAGS}`)) return false;
  if (next.querySelector(`h1, ${HEADING_TAGS}, [class*="header" i]`)) return false;
  // a date and nothing else (Tuesday, 6 December 2016)
  if (text.split(/\s+/).length <= 4 && toIsoDate(text)) return false;
  return squash(next.textContent ?? '').length > text.length;
}
