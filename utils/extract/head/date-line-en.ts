/**
 * An English page prints its date on a line of its own right under its headline ("March 9, 2024", "Saturday, March
 * 9, 2024", "9 March 2024"), as a gazette issue or a news release does: the date it was published.
 */
import { squash } from '../../dom/blocks';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const MDY = new RegExp(`^${DAY}([A-Z][a-z]{2,8})\\.? (\\d{1,2}), (\\d{4})$`);
const DMY = new RegExp(`^${DAY}(\\d{1,2}) ([A-Z][a-z]{2,8}) (\\d{4})$`);

/** "March 9, 2024" → 2024-03-09, or '' (month names only: no Date.parse, which reads the local time zone). */
export function englishDate(text: string): string {
  const t = squash(text);
  const m = MDY.exec(t);
  const d = m ? null : DMY.exec(t);
  const [month, day, year] = m ? [m[1]!, m[2]!, m[3]!] : d ? [d[2]!, d[1]!, d[3]!] : ['', '', ''];
  // a month's name, or its abbreviation (Mar., Sept.)
  const name = month.toLowerCase();
  const mo = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name))) + 1;
  if (!mo) return '';
  const date = new Date(Date.UTC(Number(year), mo - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? date.toISOString().slice(0, 10) : '';
}

/** The date line right after the page's only <h1>, or ''. */
export function readDateUnderHeadline(doc: Document): string {
  const h1s = doc.body?.querySelectorAll('h1') ?? [];
  if (h1s.length !== 1) return '';
  return englishDate(h1s[0]!.nextElementSibling?.textContent ?? '');
}
