/**
 * A heading tag wholly for screen readers names a region of the page for those who cannot see its layout — Moodle's
 * `<h2 class="accesshide">Topic outline</h2>` over a course's sections, a `sr-only` "Main menu", a `wb-inv`
 * "Language selection" — and is no section of the document. Readability drops it only when its class holds "hidden"
 * and it is an h1 or h2; it goes before anything copies headings (besideHeading, titleLines).
 */
import type { BodyContext, Pass } from '../context';
import { READER_ONLY } from './heading-parts';

export function dropReaderOnlyHeadings(body: Element): void {
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6')))
    if (READER_ONLY.test(h.getAttribute('class') ?? '')) h.remove();
}

export const readerOnlyHeadings: Pass<BodyContext> = {
  name: 'readerOnlyHeadings',
  fixture: 'en-course-number-cards',
  run: (ctx) => dropReaderOnlyHeadings(ctx.body),
};
