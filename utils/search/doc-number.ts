/**
 * A query that is a 文号 (国发〔2019〕41号, 国令第707号) or the start of one (国发〔2019〕, 国发[2019) is one term:
 * split into words, 国发 and 2019 each occur in hundreds of clips that do not carry it (国发〔2018〕41号 cites 2019…).
 */

const OPEN = '[\\[【(〔{〈<《〖]';
const CLOSE = '[\\]】)〕}〉>》〗]';
/** issuer code + year in any brackets (+ number), or …第N号; on folded text (NFKC, lower case) */
const DOC_NUMBER = new RegExp(
  `[\\p{Script=Han}a-z]{1,10}${OPEN} ?\\d{1,4}(?: ?${CLOSE}(?: ?第?\\d{1,5}(?: ?号)?)?)?|\\p{Script=Han}{0,10}第 ?\\d{1,5} ?号`,
  'gu',
);

/** As the metadata reader writes it: no spaces, year brackets 〔〕. */
const tidy = (s: string) => s.replace(/ /g, '').replace(new RegExp(OPEN, 'g'), '〔').replace(new RegExp(CLOSE, 'g'), '〕');

/** The document numbers (or their starts) in a folded query, tidied, and the query without them. */
export function takeDocNumbers(q: string): { found: string[]; rest: string } {
  const found: string[] = [];
  const rest = q.replace(DOC_NUMBER, (m) => (found.push(tidy(m)), ' '));
  return { found, rest };
}

/** The query with its document numbers tidied (for the whole-query phrase). */
export const tidyDocNumbers = (q: string) => q.replace(DOC_NUMBER, tidy);
