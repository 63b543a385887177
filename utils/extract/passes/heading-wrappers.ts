/**
 * Component pages set each section's heading in a header part of its own over the section's body: BEM's
 * `section__header` over `section__content`, USWDS's `usa-card__header` over `usa-card__body`, Bootstrap's
 * `card-header` over `card-body`. Readability drops any element whose class holds "header" before it scores, so the
 * heading goes and the body it heads stays: the article keeps "Most people need…" and loses "At a glance". Before it
 * runs, the block after each such header part is marked when it is a part of the same component, and the header part
 * is copied; afterwards, a marked block the article kept gets its heading back, set as it was (a heading tag, a bold
 * line). A heading tag that is itself the header part (`h2.map-search-header`, `h2.listHeader`) heads the plain text
 * after it the same way (header-headings.ts). A heading whose class holds the word alone (a page's `subheaders`), a
 * date's `date-header` over posts, or a page's `header` block, is no component's part: Readability's reading stands.
 */
import { squash } from '../../dom/blocks';
import { MARK_WRAPPED } from '../../dom/marks';
import type { PassPair } from '../context';
import { PAGE_FURNITURE } from '../moved-blocks';
import { HEADING_TAGS, headsItsText } from './header-headings';

/** Readability's own tests (REGEXPS.unlikelyCandidates, okMaybeItsACandidate), on class and id joined. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;
const HIDDEN = /visually-hidden|sr-only|screen-reader|element-invisible|hidden/i;
const MAX_HEADING = 100;

export interface WrappedHeading {
  /** the header part's copy, its class dropped, as it is put back */
  copy: Element;
  text: string;
}

const classes = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);

/** "dfe-section__" for a part of class "dfe-section__header" (also card-header, panel_header, listHeader), else ''. */
function headerPart(el: Element): string {
  for (const c of classes(el)) {
    const m = /^(.*[a-z0-9](?:__|-|_))header$/i.exec(c) ?? /^(.*[a-z0-9])Header$/.exec(c);
    if (m) return m[1]!;
  }
  return '';
}

const dropped = (el: Element) => {
  const s = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return UNLIKELY.test(s) && !OK_MAYBE.test(s);
};

/** It reads as a title: a heading tag, or all its text bold; and no link (a menu, a toggle, a card's link). */
function titled(el: Element, text: string): boolean {
  if (Array.from(el.querySelectorAll('a, button')).some((a) => squash(a.textContent ?? ''))) return false;
  if (el.matches(HEADING_TAGS) || el.querySelector('h1, h2, h3, h4, h5, h6')) return true;
  const bold = Array.from(el.querySelectorAll('b, strong'))
    .map((b) => squash(b.textContent ?? ''))
    .join(' ');
  return squash(bold) === text;
}

/** Before Readability: each header part Readability will drop, and the block of the same component after it. */
export function markWrappedHeadings(body: Element): WrappedHeading[] {
  const found: WrappedHeading[] = [];
  for (const part of Array.from(body.querySelectorAll('[class*="header" i]'))) {
    const prefix = headerPart(part);
    const text = squash(part.textContent ?? '');
    // a title, not a notice ("… needs JavaScript to function properly.")
    if (!prefix || !dropped(part) || !text || text.length > MAX_HEADING || /[.。]$/.test(text) || !titled(part, text)) continue;
    if (HIDDEN.test(part.getAttribute('class') ?? '') || part.closest(PAGE_FURNITURE)) continue;
    const next = part.nextElementSibling;
    if (!next || dropped(next) || !squash(next.textContent ?? '')) continue;
    // the block after it is another part of the same component (section__content, card-body), or the heading tag
    // itself is the header part over the text it heads (h2.map-search-header over its paragraph)
    if (!classes(next).some((c) => c.startsWith(prefix) && c.length > prefix.length) && !headsItsText(part, next, text)) continue;
    // Readability turns a div holding one paragraph into that paragraph: its first descendants carry the mark too
    for (let e: Element | null = next; e; e = e.firstElementChild) e.setAttribute(MARK_WRAPPED, String(found.length));
    const copy = part.cloneNode(true) as Element;
    copy.removeAttribute('class');
    copy.removeAttribute('id');
    found.push({ copy, text });
  }
  return found;
}

/** After Readability: the heading of each marked block the article kept, put back above it when it was lost. */
export function restoreWrappedHeadings(inner: Element, found: WrappedHeading[]): number {
  let restored = 0;
  const seen = new Set<string>();
  for (const block of Array.from(inner.querySelectorAll(`[${MARK_WRAPPED}]`))) {
    // the outermost marked element left of each block comes first in document order
    const i = block.getAttribute(MARK_WRAPPED)!;
    if (seen.has(i)) continue;
    seen.add(i);
    const h = found[Number(i)];
    if (!h || headingBefore(block, h.text)) continue;
    block.parentNode!.insertBefore(inner.ownerDocument.importNode(h.copy, true), block);
    restored++;
  }
  return restored;
}

/** The article already prints the heading right before the block (Readability kept it after all). */
function headingBefore(block: Element, text: string): boolean {
  for (let e: Element | null = block; e; e = e.parentElement) {
    const prev = e.previousElementSibling;
    if (prev) return squash(prev.textContent ?? '').endsWith(text);
  }
  return false;
}

export const headingWrappers: PassPair = {
  mark: {
    name: 'headingWrappers',
    fixture: 'en-guide-heading-wrappers',
    marks: [MARK_WRAPPED],
    run: (ctx) => void (ctx.wrappedHeadings = markWrappedHeadings(ctx.body)),
  },
  restore: {
    name: 'headingWrappers',
    fixture: 'en-guide-heading-wrappers',
    marks: [MARK_WRAPPED],
    run: (ctx) => void restoreWrappedHeadings(ctx.inner, ctx.wrappedHeadings),
  },
};
