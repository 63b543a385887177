/**
 * A bill states its metadata in its header lines, not in a table: the number as printed ("HOUSE BILL NO. 45",
 * "S 0494", "H.R.547", resolutions "S.RES.4", "H.J.RES.64"), its sponsors ("INTRODUCED BY REPRESENTATIVES HOSKINS (Sponsor), …", "General Bill, By
 * Cleary, Bryant …") and the day it was introduced ("02/02/11 Senate Introduced and read first time").
 */
import { blockText, squash } from '../../dom/blocks';
import { toIsoDate } from './dates';

export interface BillFields {
  docNumber: string;
  publishDate: string;
  sponsor: string;
}

const NUMBER_LINE =
  /^(?:(?:HOUSE|SENATE|ASSEMBLY|House|Senate|Assembly)\s+(?:BILL|Bill|JOINT RESOLUTION|Joint Resolution)\s+(?:NO\.?|No\.?)?\s*\d+|(?:[HS]\.\s?(?:(?:J|CON|Con)\.\s?)?(?:RES|Res)\.|H\.\s?R\.|S\.|H\.\s?B\.|S\.\s?B\.|A\.|HB|SB|AB|[SHA])\s?\d{1,5})(?=$|\s)/;
/** A page is a bill's when its head says so: a caption, a bill number line or the word itself. */
const BILL_PAGE = /^(?:AN ACT|A BILL)\b|\bBILL\b|\bBill\b/;
const SPONSOR =
  /^(?:.*?,\s*)?(?:introduced|sponsored|presented)?\s*by\s+(?:(?:representatives?|senators?|reps?\.|sens?\.|assembly\s?(?:members?|man|woman)|delegates?|members?)\s+)?(.+)$/i;
const LEAD_SPONSOR = /([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)\s*\(Sponsor\)/;
const INTRODUCED =
  /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*(?:[A-Z][a-z]+\s+)?Introduced\b|\bintroduced\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/i;

const year = (y: string) => (y.length === 2 ? `${Number(y) < 50 ? '20' : '19'}${y}` : y);
const pad = (s: string) => s.padStart(2, '0');

/** Number, introduction date and sponsors from a bill's first lines; all '' on pages that are not bills. */
export function readBillFields(lines: string[]): BillFields {
  const out: BillFields = { docNumber: '', publishDate: '', sponsor: '' };
  const head = lines.slice(0, 60);
  if (!head.some((l) => BILL_PAGE.test(l))) return out;
  const numberAt = head.findIndex((l) => NUMBER_LINE.test(l));
  if (numberAt >= 0) out.docNumber = NUMBER_LINE.exec(head[numberAt]!)![0].trim();
  for (const l of head) {
    // the sponsor line follows the number (or shares its line): "S 0494 General Bill, By Cleary, …"
    const m = /\bby\s/i.test(l) && (/^(?:introduced|sponsored|presented)\b/i.test(l) || NUMBER_LINE.test(l)) ? SPONSOR.exec(l) : null;
    if (!m) continue;
    const names = m[1]!
      .split(/\s+--\s+|\s+—\s+/)[0]!
      .replace(/\s*\(Co-sponsors?\)\.?$/i, '')
      .replace(/[.;]$/, '')
      .trim();
    out.sponsor = LEAD_SPONSOR.exec(names)?.[1] ?? names;
    break;
  }
  for (const [i, line] of lines.entries()) {
    // an action table's row may set its date, chamber and action in cells of their own
    const l = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(line) ? lines.slice(i, i + 3).join(' ') : line;
    const m = INTRODUCED.exec(l);
    if (!m) continue;
    const [mo, d, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    out.publishDate = toIsoDate(`${year(y)}-${pad(mo)}-${pad(d)}`);
    break;
  }
  return out;
}

/** The sponsor of the bill on this page, or ''; the body's lines are read only when its start names a bill. */
export function readBillSponsor(doc: Document): string {
  const start = (doc.body?.textContent ?? '').slice(0, 3000);
  if (!doc.body || !/\bBILL\b|\bBill\b|\bAN ACT\b/.test(start)) return '';
  return readBillFields(blockText(doc.body).split('\n').map(squash).filter(Boolean)).sponsor;
}
