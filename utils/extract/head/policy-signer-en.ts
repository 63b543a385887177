/**
 * An English order, memorandum or proclamation is signed, not issued by a named body: under its last paragraph the
 * signer's name stands alone in capitals (`JOSEPH R. BIDEN JR.`, `DONALD J. TRUMP`), sometimes followed by
 * `THE WHITE HOUSE,` and the date. That name is the issuer a reader sees.
 */

// Two to five capitalised words or initials, with a Jr./Sr./III after the surname.
const NAME = /^(?:[A-Z][A-Z'’-]*\.?\s+){1,4}[A-Z][A-Z'’-]+\.?(?:,?\s+(?:JR|SR)\.?|\s+I{2,3}|\s+IV)?$/;
// Caption and place words, never in a person's name (THE WHITE HOUSE, GENERAL PROVISIONS, STAY CONNECTED…).
// (An initial, `A.`, is no article.)
const NOT_NAME =
  /\b(?:THE|OF|AND|FOR|IN|ON|TO|AN?(?!\.)|BY|AT|OR|WITH|SECTION|ARTICLE|PART|CHAPTER|TITLE|SCHEDULE|ANNEX|GENERAL|PROVISIONS|NOTICE|ORDER|ACT)\b/;
// A middle initial or a generational suffix marks a person's name as printed in a signature.
const PERSONAL = /\s[A-Z]\.\s|\s(?:JR|SR)\.?$|\sI{2,3}$|\sIV$/;
// What a signature block prints under the name: the place and date, or the signer's office.
const UNDER = /^(?:THE WHITE HOUSE|Governor|President|Prime Minister|Premier|Secretary|Minister|Administrator|Director)\b/i;
// The document's last paragraph: a sentence.
const SENTENCE = /[.;:]["”’)]?$/;

const isSigner = (line: string, before: string, after: string) =>
  line.length <= 40 &&
  NAME.test(line) &&
  !NOT_NAME.test(line) &&
  before.length >= 60 &&
  SENTENCE.test(before) &&
  (PERSONAL.test(line) || UNDER.test(after));

/** The signer's name under the document's last paragraph, or ''. `lines`: the body's text lines, in order. */
export function readEnglishSigner(lines: string[]): string {
  for (let i = lines.length - 1; i > 0; i--) {
    if (isSigner(lines[i]!, lines[i - 1]!, lines[i + 1] ?? '')) return lines[i]!;
  }
  return '';
}
