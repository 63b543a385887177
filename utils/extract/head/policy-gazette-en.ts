/**
 * A legislation site built on Akoma Ntoso (Laws.Africa's openbylaws.org.za, the LII sites of Southern and East
 * Africa) prints a law's header as lines under its name: the number it was published under (`Local Authority Notice
 * 1628 of 2008`, `Act 5 of 2012`, `Government Notice R123 of 2010`), then where and when it was published
 * (`Published in Western Cape Provincial Gazette 6277 on 24 June 2005`). The gazette date is its publish date; the
 * gazette's issue number is not the law's. Commencement and version dates on the next lines are neither.
 */
import { englishDate } from './date-line-en';

const PUBLISHED_IN =
  /^Published in (?:the )?(?:[A-Z][\w'’.-]*\s+){0,5}Gazette\b[^,;]{0,40}?\bon ((?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2},) \d{4})\.?$/;
// a kind of law or notice and its number in the year: `Local Authority Notice 1628 of 2008`, `Act No. 5 of 2012`
const NUMBER_OF_YEAR =
  /^(?:[A-Z][a-z]+\s+){0,3}(?:Notice|Act|Proclamation|Ordinance|Instrument|Regulations?|By-laws?|Decree)\s+(?:No\.\s*)?[A-Z]{0,2}\d{1,5}\s+of\s+\d{4}$/;

/** The gazette publication date and the number printed just above it, '' for each the header does not print. */
export function readGazetteLine(lines: string[]): { publishDate: string; docNumber: string } {
  const at = lines.slice(0, 200).findIndex((l) => PUBLISHED_IN.test(l));
  if (at < 0) return { publishDate: '', docNumber: '' };
  const publishDate = englishDate(PUBLISHED_IN.exec(lines[at]!)![1]!);
  // the number line sits right above the publication line, under the law's name
  const docNumber = lines.slice(Math.max(0, at - 2), at).find((l) => NUMBER_OF_YEAR.test(l)) ?? '';
  return { publishDate, docNumber };
}
