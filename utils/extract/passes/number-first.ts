/**
 * Akoma Ntoso renderings of legislation (legislation.gov.uk's, and other parliaments' that publish AKN HTML) put a
 * provision's caption before its number in the heading — `<h2><span class="heading">Citation …</span><span
 * class="num">1.</span></h2>` — and their stylesheet shows the number first. Without the stylesheet the number reads
 * as trailing text and the heading loses its label. Before Readability (which drops the classes) the number goes
 * first, as a reader sees it.
 */
import type { BodyContext, Pass } from '../context';

export function numbersFirst(root: Element): void {
  // the heading tag or whatever holds the two spans (a page may set its headings as bold paragraphs)
  for (const num of Array.from(root.querySelectorAll('.heading + .num'))) {
    const heading = num.parentElement!;
    const caption = num.previousElementSibling;
    // only the number after its caption (span.heading), nothing after the number
    if (!caption?.classList.contains('heading') || num.nextElementSibling || (num.nextSibling?.nodeValue ?? '').trim()) continue;
    heading.insertBefore(num, heading.firstChild);
    heading.insertBefore(heading.ownerDocument.createTextNode(' '), num.nextSibling);
  }
}

export const numberFirst: Pass<BodyContext> = {
  name: 'number-first',
  fixture: 'en-si-akn-number-after-caption',
  run: (ctx) => numbersFirst(ctx.body),
};
