/**
 * EU acts state their metadata in the title line and the Official Journal header, not in a table:
 * "Council Regulation (EC) No 6/2002 of 12 December 2001 …", "REGULATION (EU) No 575/2013 OF THE EUROPEAN
 * PARLIAMENT AND OF THE COUNCIL", "Done at Brussels, 26 June 2013.", "Official Journal L 003 , 05/01/2002".
 */
import { toIsoDate } from './dates';

export interface EuFields {
  issuer: string;
  docNumber: string;
  writtenDate: string;
  publishDate: string;
}

// "(EC) No 6/2002" in the newer style, "2002/58/EC" in older directives and decisions (which must open the line:
// a recital or a footnote cites such numbers in passing).
const ACT =
  /\b(Council |Commission )?(?:Implementing |Delegated )?(?:Regulation|Directive|Decision) (?:\((?:EC|EU|EEC|Euratom)\) (No \d{1,5}\/\d{4}|\d{4}\/\d{1,5})|(\d{2,4}\/\d{1,5}\/(?:EC|EEC|EU|Euratom|CFSP|JHA))\b)(?: of the (European Parliament and of the Council|Council|Commission))?(?: of (\d{1,2} [A-Z][a-z]+ \d{4}))?/i;
const actIn = (line: string) => {
  const m = ACT.exec(line);
  return m && (m[2] || m.index === 0) ? m : null;
};
const DONE_AT = /^Done at [A-Z][a-z]+, (\d{1,2} [A-Z][a-z]+ \d{4})\.?$/;
// The Journal's own date: "Official Journal L 003 , 05/01/2002" or a bare "27.6.2013" in its header.
const OJ_DATE = /Official Journal L \d+\s*,\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})/i;
const HEADER_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const ISSUERS: Record<string, string> = {
  council: 'Council of the European Union',
  commission: 'European Commission',
  'european parliament and of the council': 'European Parliament and Council of the European Union',
};

const dmy = (m: RegExpExecArray | null) => (m ? toIsoDate(`${m[3]}-${m[2]}-${m[1]}`) : '');

/** The act's issuer, number and dates from its own lines; all '' on pages that are not EU acts. */
export function readEuFields(lines: string[]): EuFields {
  const out: EuFields = { issuer: '', docNumber: '', writtenDate: '', publishDate: '' };
  const head = lines.slice(0, 80);
  const at = head.findIndex((l) => actIn(l));
  if (at < 0) return out;
  const m = actIn(head[at]!)!;
  const by = (m[4] ?? m[1] ?? '').trim().toLowerCase();
  out.issuer = ISSUERS[by] ?? '';
  // since 2015 the domain is part of the number (Regulation (EU) 2022/868 is "(EU) 2022/868"); before, "No 6/2002"
  const domain = /^\d/.test(m[2] ?? '') ? /\((EC|EU|EEC|Euratom)\)/i.exec(m[0])?.[0] : '';
  out.docNumber = m[2] ? (domain ? `${domain} ${m[2]}` : m[2]) : m[3]!;
  const done = lines.map((l) => DONE_AT.exec(l)).find(Boolean);
  out.writtenDate = toIsoDate(m[5] ?? '') || toIsoDate(done?.[1] ?? '');
  const oj = head.map((l) => OJ_DATE.exec(l)).find(Boolean) ?? null;
  const bare = head.slice(0, at).some((l) => /Official Journal/i.test(l))
    ? (head
        .slice(0, at)
        .map((l) => HEADER_DATE.exec(l))
        .find(Boolean) ?? null)
    : null;
  out.publishDate = dmy(oj) || dmy(bare);
  return out;
}
