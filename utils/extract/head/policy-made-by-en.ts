/**
 * An instrument a minister makes in the first person opens with its making clause and dates it under it:
 * `I, Michael McCormack, Assistant Minister for Defence and Parliamentary Secretary to the Minister for Defence, make
 * the following determination.` / `Dated 4 May 2016` (Australia's legislative instruments, and the Commonwealth forms
 * after them). The office the clause names is the issuer (the first of several the signer holds); the Dated line is
 * when it was made.
 */
import { englishDate } from './date-line-en';
import type { SignedBy } from './policy-signed-by-en';

const MADE_BY =
  /^I,\s+[A-Z][^,]{2,60},\s+(.{4,200}?),\s+(?:hereby\s+)?(?:make|give|issue|declare|revoke|vary|approve|determine|specify|grant)\b/;
// the signer's further offices after the first: … Assistant Minister for Defence and Parliamentary Secretary to …
const NEXT_OFFICE =
  /\s+and\s+(?=(?:the\s+)?(?:Parliamentary|Minister|Assistant|Acting|Deputy|Secretary|Attorney|Treasurer|Special|Vice)\b)/;
const DATED = /^Dated(?:\s+this)?\s+(.{6,40})$/i;
/** how far under the clause its Dated line may be */
const NEAR = 8;

export function readMadeBy(lines: string[]): SignedBy {
  const top = lines.slice(0, 200);
  for (const [i, line] of top.entries()) {
    const office = MADE_BY.exec(line.trim())?.[1];
    if (!office) continue;
    const dated =
      top
        .slice(i + 1, i + 1 + NEAR)
        .map((l) => DATED.exec(l.trim())?.[1] ?? '')
        .find(Boolean) ?? '';
    const day = dated.replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/\s+day\s+of\s+/i, ' ');
    return { issuer: office.split(NEXT_OFFICE)[0]!.trim(), writtenDate: englishDate(day) };
  }
  return { issuer: '', writtenDate: '' };
}
