/**
 * A state legislature's bill-history page lists the bill's actions as `02/01 (H)` / `First reading. …` pairs: the
 * month and day only, the chamber in brackets, the action on the next line. The year is printed once, where the bill
 * became law (`Chapter 65, (2010 Laws): Effective date March 18, 2010.`). The first reading is the day the bill was
 * introduced (its publish date); the Governor's signature is the day it was adopted (its date of writing).
 */
const ACTION_DATE = /^(\d{1,2})\/(\d{1,2})\s*\((?:H|S|House|Senate)\)$/;
const YEAR = /\((\d{4}) Laws\)|\b[A-Z][a-z]+ \d{1,2}, (\d{4})\b/;
const INTRODUCED = /^(?:First reading|Introduced)\b/i;
const SIGNED = /^(?:Governor signed|Signed by (?:the )?Governor)\b/i;

const pad = (s: string) => s.padStart(2, '0');

/** The introduction and signing dates of a bill's action history; '' for each the page does not give. */
export function readBillHistory(lines: string[]): { publishDate: string; writtenDate: string } {
  const out = { publishDate: '', writtenDate: '' };
  const actions = lines.flatMap((l, i) => {
    const m = ACTION_DATE.exec(l);
    return m ? [{ month: m[1]!, day: m[2]!, action: lines[i + 1] ?? '' }] : [];
  });
  if (actions.length < 3) return out;
  const y = lines.map((l) => YEAR.exec(l)).find(Boolean);
  const year = y?.[1] ?? y?.[2];
  if (!year) return out;
  const date = (a?: { month: string; day: string }) => (a ? `${year}-${pad(a.month)}-${pad(a.day)}` : '');
  out.publishDate = date(actions.find((a) => INTRODUCED.test(a.action)));
  out.writtenDate = date(actions.find((a) => SIGNED.test(a.action)));
  return out;
}
