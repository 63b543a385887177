/**
 * An enacted Act's header, as Commonwealth legislation sites print it above the text: its kind and number (`Public
 * Act` / `2019 No 18`, on one line or two; Canada's chapter citation `S.C. 2000, c. 5`, `R.S.O. 1990, c. H.8`) and
 * its date of assent (`Date of assent` / `13 May 2019`; `Assented to 2000-04-13`, `[Assented to June 23, 2016]`).
 * The enacting words (`The Parliament of New Zealand enacts as follows:`; `Her Majesty, by and with the advice and
 * consent of the Senate and House of Commons of Canada, enacts as follows:`) name the enacting body, but only once
 * the Act has its assent: a bill prints the same words and has no issuer yet.
 */
import { toIsoDate } from './dates';
import { englishDate } from './date-line-en';

const KIND = /^(?:Public|Private|Local|Imperial|Provincial) Act$/;
const NUMBER = /^(\d{4} No \d{1,4})$/;
const KIND_NUMBER = /^(?:Public|Private|Local|Imperial|Provincial) Act (\d{4} No \d{1,4})$/;
const ASSENT = /^(?:Date of (?:assent|Royal assent)\s*:?|\[?Assented to)\s*(.*?)\]?$/i;
// a Canadian statute's chapter citation: S.C. 1980-81-82-83, c. 108 · R.S.C. 1985, c. C-46 · SNS 2011, c 5
const CHAPTER_CITATION =
  /^(?:R\.?\s?)?S\.?\s?[A-Z](?:\.?\s?[A-Z])?\.?\s+\d{4}(?:-\d{2,4})*,\s+c\.?\s+[A-Z]?[\d.-]*\d(?:,\s*Sched\.?\s*[A-Z0-9]+)?$/;
const ENACTS = /^(?:The |Be it enacted by the )?(Parliament of [A-Z][A-Za-z ]{2,30}?),? enacts\b/;
// the Crown's enacting words, naming the Houses whose advice and consent make the Parliament
const CROWN_ENACTS = /^(?:Her|His) Majesty,? by and with the advice and consent of the Senate and House of Commons of Canada,? enacts\b/;

const enactingBody = (line: string) => ENACTS.exec(line)?.[1] ?? (CROWN_ENACTS.test(line) ? 'Parliament of Canada' : '');

export function readActHeader(lines: string[]): { docNumber: string; writtenDate: string; issuer: string } {
  const head = lines.slice(0, 80);
  let docNumber = '';
  let writtenDate = '';
  for (const [i, line] of head.entries()) {
    docNumber ||= KIND_NUMBER.exec(line)?.[1] ?? (KIND.test(line) ? (NUMBER.exec(head[i + 1] ?? '')?.[1] ?? '') : '');
    const assent = ASSENT.exec(line);
    if (!assent || writtenDate) continue;
    const date = assent[1] || head[i + 1] || '';
    writtenDate = englishDate(date) || toIsoDate(date);
    // the chapter citation is printed between the Act's name and its assent
    if (writtenDate) docNumber ||= head.slice(Math.max(0, i - 3), i).find((l) => CHAPTER_CITATION.test(l)) ?? '';
  }
  if (!writtenDate) return { docNumber, writtenDate, issuer: '' };
  const enacting = lines.slice(0, 400).map(enactingBody).find(Boolean) ?? '';
  return { docNumber, writtenDate, issuer: enacting };
}
