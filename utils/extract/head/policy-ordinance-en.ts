/**
 * A local ordinance or resolution (a US city or county code site; Open Law Library, Municode, a council's agenda
 * packet) names its maker in its ordaining clause — `NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF SAN MATEO FINDS
 * AND ORDAINS AS FOLLOWS:`, `BE IT ORDAINED BY THE BOARD OF SUPERVISORS OF THE COUNTY OF MARIN:`, `The Council of
 * the City of Example does ordain as follows:` — and the day it was adopted in its closing line: `PASSED AND ADOPTED
 * by the City Council … held this 4th day of February 2019 by the following vote:`, `PASSED, APPROVED AND ADOPTED
 * on March 3, 2020.` The maker is its issuer only once that line is printed: a proposed ordinance prints the same
 * clause and has been adopted by no one.
 */
import { englishDate } from './date-line-en';

const BODY = "((?:the\\s+)?[A-Za-z][A-Za-z ,.'’-]{3,90}?)";
const ORDAINS = new RegExp(
  `^(?:NOW,?\\s+)?(?:THEREFORE,?\\s+)?(?:(?:BE IT|IT IS HEREBY) ORDAINED BY ${BODY}(?:[:,]|\\s+(?:as follows|that)\\b|$)|(?!WHEREAS\\b)${BODY}\\s+(?:(?:does|do)\\s+)?(?:hereby\\s+)?(?:finds?,?\\s+(?:and\\s+)?)?(?:resolves?\\s+and\\s+)?ordains?\\b)`,
  'i',
);
const ADOPTED = /^(?:PASSED|APPROVED|ADOPTED)(?:,?\s+(?:(?:AND|&)\s+)?(?:PASSED|APPROVED|ADOPTED))*\b/i;
// `this 4th day of February 2019`, `on the 4th day of February, 2019`, `on February 4, 2019`
const DAY_OF = /\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Z][a-z]+),?\s+(\d{4})\b/;
const ON_DATE = /\bon\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})\b/;
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

function adoptionDate(line: string): string {
  const d = DAY_OF.exec(line);
  return d ? englishDate(`${d[1]} ${d[2]} ${d[3]}`) : englishDate(ON_DATE.exec(line)?.[1] ?? '');
}

/** The body that ordained the ordinance and the day it was adopted; '' for both unless the adoption line is printed. */
export function readOrdinance(lines: string[]): { issuer: string; writtenDate: string } {
  const none = { issuer: '', writtenDate: '' };
  const clause = lines.findIndex((l) => ORDAINS.test(l));
  if (clause < 0) return none;
  const m = ORDAINS.exec(lines[clause]!)!;
  const body = (m[1] ?? m[2] ?? '').trim().replace(/^the\s+/i, '');
  if (!/\b(?:Council|Board|Commission|Supervisors|Assembly|Legislature|Court)\b/i.test(body)) return none;
  const adopted = lines.slice(clause + 1).find((l) => ADOPTED.test(l) && adoptionDate(l));
  if (!adopted) return none;
  return { issuer: nameCase(body), writtenDate: adoptionDate(adopted) };
}

/** THE CITY COUNCIL OF THE CITY OF SAN MATEO → City Council of the City of San Mateo; mixed case stays as printed. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
