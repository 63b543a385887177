/**
 * A UK statutory instrument (and a Scottish or Welsh one) is made by a minister "by authority of" the office that
 * holds the power: `Signed by authority of the Secretary of State for Work and Pensions`, then the signer's name, office,
 * department and the date it was made. The office is the issuer; the date closing that block is when it was made.
 */
import { toIsoDate } from './dates';

const SIGNED = /^Signed by authority of (?:the )?(.{4,100}?)\.?$/i;
// a date line of its own: 3rd January 2025, 3 January 2025
const DATE_LINE = /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}$/;

export interface SignedBy {
  issuer: string;
  writtenDate: string;
}

/** The office a statutory instrument is signed by authority of, and the date under the signature; empty when none. */
export function readSignedByAuthority(lines: string[]): SignedBy {
  for (let i = lines.length - 1; i >= 0; i--) {
    const office = SIGNED.exec(lines[i]!.trim())?.[1];
    if (!office) continue;
    const dated = lines.slice(i + 1, i + 7).find((l) => DATE_LINE.test(l.trim()));
    return { issuer: office, writtenDate: dated ? toIsoDate(dated.replace(/(\d)(?:st|nd|rd|th)/, '$1')) : '' };
  }
  return { issuer: '', writtenDate: '' };
}
