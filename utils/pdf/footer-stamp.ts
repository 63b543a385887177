/**
 * A court or agency form's guide stamps every page's footer with its form number, its title and the date it was
 * last revised (JDF 432 – How to Guide to Adult Name Changes R: June 24, 2022 Page 1 of 5). The footer is dropped
 * as furniture, so the stamp is read from the pages: the form number numbers the document, the revision dates it.
 */
import { englishDate } from '../extract/head/date-line-en';
import type { PageLines } from './types';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "R: June 24, 2022", "Rev. 06/24/2022", "Revised: 24 June 2022", "Last updated June 2022" is no day: left alone. */
const REVISED = new RegExp(
  `\\b(?:R|Rev\\.?|Revised|Revision(?:\\s+date)?|Last\\s+(?:revised|updated)|Updated)\\s*:?\\s*(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})\\b`,
);
/** A form number opening the footer before its title: JDF 432, SC-100, Form 27B. */
const FORM = /^((?:Form\s+)?[A-Z]{2,6}[-\s]?\d{1,5}[A-Z]?)\s*[–—-]\s*(.+)$/;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

function usDate(s: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : englishDate(s);
}

/** The footer's form number (when the title follows it) and revision date, on at least half the pages (two or more). */
export function footerStamp(pages: PageLines[], title: string): { docNumber: string; writtenDate: string } {
  const numbers = new Map<string, number>();
  const dates = new Map<string, number>();
  const count = (map: Map<string, number>, k: string) => k && map.set(k, (map.get(k) ?? 0) + 1);
  for (const p of pages) {
    const foot = p.lines.filter((l) => l.y > p.height * 0.88);
    for (const d of new Set(foot.map((l) => REVISED.exec(l.text)?.[1] ?? ''))) count(dates, d && usDate(d));
    const form = foot.map((l) => FORM.exec(l.text.trim())).find((m) => m && title && squash(m[2]!).startsWith(squash(title)));
    count(numbers, form?.[1]?.replace(/\s+/g, ' ') ?? '');
  }
  const enough = ([, n]: [string, number]) => pages.length >= 2 && n >= Math.max(2, pages.length / 2);
  const best = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).find(enough)?.[0] ?? '';
  return { docNumber: best(numbers), writtenDate: best(dates) };
}
