/**
 * What a heading tag holds that the reader never sees as its title. Legislation sites (Canada's Justice Laws, the
 * WET toolkit) open each marginal note with a screen-reader prefix ("Marginal note:", `wb-invisible`) and set a
 * Part's number and name in two spans their style sheet puts on two lines (`PART I` / `FERRY SERVICES`), which read
 * as "Marginal note:Fares" and "PART IFERRY SERVICES" once the styles are gone; a footnote mark before a section's
 * number reads "Footnote *27.". Before Readability (it drops the
 * class names that tell these apart), the prefix is removed and a space put between two such named parts.
 */
import type { BodyContext, Pass } from '../context';

/** Screen-reader-only classes of the common toolkits (WET, Bootstrap, WordPress, Drupal, Foundation, USWDS, Moodle) */
export const READER_ONLY =
  /(?:^|\s)(?:wb-inv|wb-invisible|sr-only|visually-hidden|visuallyhidden|screen-reader-text|element-invisible|show-for-sr|usa-sr-only|accesshide)(?:\s|$)/i;
/** A part that holds a heading's number (HLabel1, scheduleLabel, LegPartNo), and one that holds its name or a reference */
const LABEL_PARTS = '[class*="label" i], [class*="num" i], [class*="ref" i]';
const NAME_PART = /title|text|ref/i;

const text = (n: Node) => (n.textContent ?? '').trim();

export function separateHeadingParts(body: Element): void {
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, a'))) {
    const hidden = Array.from(h.querySelectorAll('[class]')).filter((e) => READER_ONLY.test(e.getAttribute('class')!));
    // only a prefix of a heading (or a footnote link, "Footnote *") that shows something besides it
    for (const e of hidden) if (text(e).length <= 40 && text(h).length > text(e).length) e.remove();
  }
  // a number part glued to the name part after it, in a heading or in a line set as one (a bold paragraph)
  // asked of the page's few label parts only (this runs on every outline preview, a big law's thousands of elements)
  for (const part of Array.from(body.querySelectorAll(LABEL_PARTS))) {
    const next = part.nextSibling as Element | null;
    if (!next || next.nodeType !== 1 || !NAME_PART.test(next.getAttribute('class') ?? '')) continue;
    if (/\s$/.test(part.textContent ?? '') || /^\s/.test(next.textContent ?? '') || !text(part) || !text(next)) continue;
    part.parentNode!.insertBefore(part.ownerDocument.createTextNode(' '), next);
  }
}

export const headingParts: Pass<BodyContext> = {
  name: 'headingParts',
  fixture: 'en-act-marginal-note-headings',
  run: (ctx) => separateHeadingParts(ctx.body),
};
