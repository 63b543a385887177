/**
 * A bill states its metadata in its header lines, not in a table: the number as printed ("HOUSE BILL NO. 45",
 * "S 0494", "H.R.547", an amended print "A1646-A" (New York's print letters), resolutions "S.RES.4", "H.J.RES.64"), its sponsors ("INTRODUCED BY REPRESENTATIVES HOSKINS (Sponsor), …", "General Bill, By
 * Cleary, Bryant …") and the day it was introduced ("02/02/11 Senate Introduced and read first time").
 */
import { blockText, squash } from '../../dom/blocks';
import { toIsoDate } from './dates';

export interface BillFields {
  docNumber: string;
  publishDate: string;
  sponsor: string;
}

export const NUMBER_LINE =
  /^(?:(?:HOUSE|SENATE|ASSEMBLY|House|Senate|Assembly)\s+(?:BILL|Bill|JOINT RESOLUTION|Joint Resolution)\s+(?:NO\.?|No\.?)?\s*\d+|(?:[HS]\.\s?(?:(?:J|CON|Con)\.\s?)?(?:RES|Res)\.|H\.\s?R\.|S\.|H\.\s?B\.|S\.\s?B\.|A\.|HB|SB|AB|[SHA])\s?\d{1,5}(?:-[A-Z])?)(?=$|\s)/;
/** A page is a bill's when its head says so: a caption, a bill number line or the word itself. */
const BILL_PAGE = /^(?:AN ACT|A BILL)\b|\bBILL\b|\bBill\b|\bRESOLUTION\b|\b(?:Senate|House|Joint|Concurrent) Resolution\b/;
const SPONSOR =
  /^(?:.*?,\s*)?(?:introduced|sponsored|presented)?\s*by\s+(?:(?:representatives?|senators?|reps?\.|sens?\.|assembly\s?(?:members?|man|woman)|delegates?|members?)\s+)?(.+)$/i;
/** "Sponsors: Senators Cleary, Bryant and Ford" (a status block's field); "By Representatives BARTON, …; …" (a history page). */
// (a generator may set "By" apart with a margin and no space: "ByRepresentatives Stokesbary, …")
const SPONSOR_FIELD = /^(?:Sponsors?:\s*|By\s*(?=(?:Representatives?|Senators?|Reps?\.|Sens?\.)\s))(.+)$/;
const CHAMBER = /^(?:representatives?|senators?|reps?\.|sens?\.|assembly\s?(?:members?|man|woman)|delegates?|members?)\s+/i;
/** GPO's print: "Mr. Okafor (for himself, Ms. Lindqvist, …) introduced the following bill;" — the lead sponsor. */
const GPO_SPONSOR =
  /^((?:Mr|Ms|Mrs|Miss|Dr)\.\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\s*(?:\((?:for|by request)\b[^)]*\)\s*)?(?:introduced|submitted) the following\b/;
const LEAD_SPONSOR = /([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)\s*\(Sponsor\)/;
// the day a bill was introduced, or read the first time (Washington: "Read first time 01/09/23.")
const INTRODUCED =
  /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*(?:[A-Z][a-z]+\s+)?Introduced\b|\b(?:introduced|read (?:the )?first time)\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/i;

const year = (y: string) => (y.length === 2 ? `${Number(y) < 50 ? '20' : '19'}${y}` : y);
const pad = (s: string) => s.padStart(2, '0');

/** Number, introduction date and sponsors from a bill's first lines; all '' on pages that are not bills. */
export function readBillFields(lines: string[]): BillFields {
  const out: BillFields = { docNumber: '', publishDate: '', sponsor: '' };
  const head = lines.slice(0, 60);
  // a status page may print the bill's text only below its action and vote tables: its long title "AN ACT …" says so
  if (!head.some((l) => BILL_PAGE.test(l)) && !lines.slice(0, 600).some((l) => /^AN ACT\b/.test(l))) return out;
  const numberAt = head.findIndex((l) => NUMBER_LINE.test(l));
  if (numberAt >= 0) out.docNumber = NUMBER_LINE.exec(head[numberAt]!)![0].trim();
  out.sponsor = readSponsor(head);
  for (const [i, line] of lines.entries()) {
    // an action table's row may set its date, chamber and action in cells of their own
    const l = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(line) ? lines.slice(i, i + 3).join(' ') : line;
    const m = INTRODUCED.exec(l);
    // "Introduced in the Senate on February 2, 2011"; GPO prints the day under the chamber: "IN THE SENATE …" / "April 2, 2049"
    const named =
      INTRODUCED_ON.exec(l)?.[1] ?? (CHAMBER_LINE.test(l) ? /^[A-Z][a-z]+\.? \d{1,2}, \d{4}/.exec(lines[i + 1] ?? '')?.[0] : '');
    if (!m && !named) continue;
    if (named) out.publishDate = monthDate(named);
    else {
      const [mo, d, y] = m![1] ? [m![1], m![2]!, m![3]!] : [m![4]!, m![5]!, m![6]!];
      out.publishDate = toIsoDate(`${year(y)}-${pad(mo)}-${pad(d)}`);
    }
    break;
  }
  return out;
}

const INTRODUCED_ON = /\bIntroduced in the (?:Senate|House|Assembly)\b.{0,40}?\bon ([A-Z][a-z]+\.? \d{1,2}, \d{4})/;
// a state's print puts the chamber alone: "IN ASSEMBLY" / "January 12, 2017" (New York), "IN SENATE"
const CHAMBER_LINE = /^IN (?:THE (?:HOUSE OF REPRESENTATIVES|SENATE OF THE UNITED STATES)|ASSEMBLY|SENATE)$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "February 2, 2011" → 2011-02-02 (no Date.parse: it reads the day in the local time zone). */
function monthDate(s: string): string {
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(s);
  const mo = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  return mo ? toIsoDate(`${m![3]}-${pad(String(mo))}-${pad(m![2]!)}`) : '';
}

/** The sponsors as the bill's header prints them, in printed order: the first line that names them. */
function readSponsor(head: string[]): string {
  for (const [i, l] of head.entries()) {
    const gpo = GPO_SPONSOR.exec(head.slice(i, i + 3).join(' '));
    if (gpo && /^(?:Mr|Ms|Mrs|Miss|Dr)\./.test(l)) return gpo[1]!;
    const field = SPONSOR_FIELD.exec(l)?.[1];
    // the sponsor line follows the number (or shares its line): "S 0494 General Bill, By Cleary, …"
    const m =
      field ??
      (/\bby\s/i.test(l) && (/^(?:introduced|sponsored|presented)\b/i.test(l) || NUMBER_LINE.test(l)) ? SPONSOR.exec(l)?.[1] : null);
    if (!m) continue;
    // chief sponsors come before the first ";", the rest (regular sponsors, a relating clause) after it
    const names = m
      .split(/\s+--\s+|\s+—\s+|;/)[0]!
      .replace(/\s*\(Co-sponsors?\)\.?$/i, '')
      .replace(/[.;]$/, '')
      .trim();
    // one chamber's members: its name goes; members of both keep each chamber's name (Representatives A, Senator B)
    const chambers = names.match(/\b(?:Representatives?|Senators?|Reps?\.|Sens?\.)\s/gi)?.length ?? 0;
    const kept = field && chambers <= 1 ? names.replace(CHAMBER, '') : names;
    return LEAD_SPONSOR.exec(kept)?.[1] ?? kept;
  }
  return '';
}

/**
 * A Westminster bill or amendment sheet names its mover in brackets on a line of its own under the bill's name:
 * "(Senator Hanson-Young)", "(Amendment to be moved by Senator Madigan in committee of the whole)".
 */
const BRACKETED_MOVER =
  /^\((?:[^()]*\bby\s+)?(?:Senators?|Representatives?|Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)(?:\s+[a-z][^()]*)?\)$/;

/** The sponsor of the bill on this page, or ''; the body's lines are read only when it names a bill. */
export function readBillSponsor(doc: Document): string {
  const text = doc.body?.textContent ?? '';
  const names = /\bBILL\b|\bBill\b|\bAN ACT\b|\bRESOLUTION\b|\b(?:Senate|House|Joint|Concurrent) Resolution\b/;
  if (!doc.body || !names.test(text.slice(0, 20000))) return '';
  const lines = blockText(doc.body).split('\n').map(squash).filter(Boolean);
  // the bill's header may start after a site's menus: the bracketed mover line is looked for further down
  const header = names.test(text.slice(0, 3000)) ? readBillFields(lines).sponsor : '';
  return (
    header ||
    (lines
      .slice(0, 150)
      .map((l) => BRACKETED_MOVER.exec(l)?.[1])
      .find(Boolean) ??
      '')
  );
}
