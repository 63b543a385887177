/**
 * An enacted Act's header, as New Zealand (and Commonwealth) legislation sites print it above the text: its kind and
 * number (`Public Act` / `2019 No 18`, on one line or two) and its date of assent (`Date of assent` / `13 May 2019`).
 * The enacting words (`The Parliament of New Zealand enacts as follows:`) name the enacting body, but only once the
 * Act has its assent: a bill prints the same words and has no issuer yet.
 */
import { toIsoDate } from './dates';

const KIND = /^(?:Public|Private|Local|Imperial|Provincial) Act$/;
const NUMBER = /^(\d{4} No \d{1,4})$/;
const KIND_NUMBER = /^(?:Public|Private|Local|Imperial|Provincial) Act (\d{4} No \d{1,4})$/;
const ASSENT = /^Date of (?:assent|Royal assent)\s*:?\s*(.*)$/i;
const ENACTS = /^(?:The |Be it enacted by the )?(Parliament of [A-Z][A-Za-z ]{2,30}?),? enacts\b/;

export function readActHeader(lines: string[]): { docNumber: string; writtenDate: string; issuer: string } {
  const head = lines.slice(0, 80);
  let docNumber = '';
  let writtenDate = '';
  for (const [i, line] of head.entries()) {
    docNumber ||= KIND_NUMBER.exec(line)?.[1] ?? (KIND.test(line) ? (NUMBER.exec(head[i + 1] ?? '')?.[1] ?? '') : '');
    const assent = ASSENT.exec(line);
    if (assent && !writtenDate) writtenDate = toIsoDate(assent[1] || head[i + 1] || '');
  }
  if (!writtenDate) return { docNumber, writtenDate, issuer: '' };
  const enacting =
    lines
      .slice(0, 400)
      .map((l) => ENACTS.exec(l)?.[1])
      .find(Boolean) ?? '';
  return { docNumber, writtenDate, issuer: enacting };
}
