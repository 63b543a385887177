/**
 * A date set as a calendar badge beside the headline: the day in one element, the year and month in another
 * (`<div class="day">21</div><div class="year">2024年02月</div>`, or the year-month first), as many Chinese CMS
 * templates print an article's publish date. Neither part reads as a date alone; together they are one.
 */
import { squash } from '../../dom/blocks';
import { toIsoDate } from './dates';

const DAY = /^(\d{1,2})日?$/;
const YEAR_MONTH = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月?|[-/.]\s*(\d{1,2}))$/;
// how far past the headline the badge may sit, in elements, before the article's text
const NEAR = 40;

/** `a` and `b` as a day and a year-month (either order) → YYYY-MM-DD, or ''. */
function badgeDate(a: string, b: string): string {
  const [day, ym] = DAY.test(a) ? [a, b] : [b, a];
  const d = DAY.exec(day);
  const m = YEAR_MONTH.exec(ym);
  return d && m ? toIsoDate(`${m[1]}-${m[2] ?? m[3]}-${d[1]}`) : '';
}

/** The badge's date: an element of exactly two short children, day and year-month. */
function readBadge(el: Element): string {
  const kids = Array.from(el.children);
  if (kids.length !== 2) return '';
  return badgeDate(squash(kids[0]!.textContent ?? ''), squash(kids[1]!.textContent ?? ''));
}

/** The date badge following the page's headline within its block, before any paragraph of text; or ''. */
export function readDateBadge(doc: Document): string {
  const heads = Array.from(doc.body?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? []).slice(0, 12);
  for (const h of heads) {
    if (squash(h.textContent ?? '').length < 6 || !h.parentElement) continue;
    const after = Array.from(h.parentElement.querySelectorAll('*')).filter((e) => h.compareDocumentPosition(e) & 4);
    for (const el of after.slice(0, NEAR)) {
      if (el.matches('p') && squash(el.textContent ?? '').length >= 40) break;
      const date = readBadge(el);
      if (date) return date;
    }
  }
  return '';
}
