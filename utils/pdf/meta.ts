/**
 * Policy fields an English PDF prints where the page pipeline does not look (used only for fields it left empty):
 * a rule's docket number and the date it was issued on (the Federal Register), the issue date its running head
 * carries on every page, and a meeting agenda's body and meeting date.
 */
import { englishDate } from '../extract/head/date-line-en';
import { footerStamp } from './footer-stamp';
import { seriesLine } from './series';
import { treatyFields } from './treaty';
import type { PageLines } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE = `(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})`;
const EN_DATE = new RegExp(`\\b${DATE}\\b`);

/** "August 3, 2020" → 2020-08-03 (the first such date in `s`), or ''. */
export function enDate(s: string): string {
  const m = EN_DATE.exec(s);
  if (!m) return '';
  return `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** "[Docket No. FAA–2020–0686; Product Identifier …]": the first document's docket. */
const DOCKET = /\bDocket\s+(?:No\.|Number)\s*([A-Z][A-Za-z]{1,9}[–—-]\d{2,4}[–—-][\dA-Z]{2,6}(?:[–—-][\dA-Z]{1,6})?)/;

/** "Issued on August 3, 2020." / "Issued in Washington, DC, on …" / "Dated: …" above a signature. */
const ISSUED = new RegExp(`(?:^|\\n)\\s*(?:(?:Issued|Signed)\\b[^\\n]{0,60}?\\bon|Dated:)\\s*${DATE}`);

/**
 * The Federal Register of Legislation stamps every page of an instrument or compilation it serves with its register
 * ID and the day it was registered ("Authorised Version F2016L00994 registered 06/06/2016"): the running line is
 * dropped as furniture, so it is read from the pages. The ID numbers the instrument; registering publishes it.
 */
const REGISTERED = /\bAuthorised Version\s+([CF]\d{4}[A-Z]\d{5})\s+registered\s+(\d{2})\/(\d{2})\/(\d{4})\b/;

function registerStamp(pages: PageLines[]): { docNumber: string; publishDate: string } {
  for (const p of pages.slice(0, 3))
    for (const l of p.lines) {
      const m = REGISTERED.exec(l.text);
      if (m) return { docNumber: m[1]!, publishDate: `${m[4]}-${m[3]}-${m[2]}` };
    }
  return { docNumber: '', publishDate: '' };
}

/** A publication's reference on its cover (Publication reference: PR2086, Gateway reference: 12345): its number. */
const REFERENCE =
  /^(?:Publications?\s+(?:approval\s+|gateway\s+)?|Document\s+|Gateway\s+)(?:reference|ref\.?)(?:\s+(?:number|no\.?))?\s*:\s*([A-Z]{0,6}[-\s]?\d{2,7}[A-Za-z0-9/-]*)\s*$/im;
/** The cover's version line dates the version: "Version 3, 8 February 2023", or the date on a line of its own under it. */
const VERSION_DATE = /^Version\s+\d+(?:\.\d+)*\s*(?:[,–—-]\s*|\n\s*)(.{6,30})$/im;
/** Its copyright line (often run into the back page's footer) names the body that published it, not the Crown. */
const COPYRIGHT =
  /©\s*(?:Copyright\s+)?(?!Crown\b)([A-Z][A-Za-z&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][A-Za-z&'’.-]*){0,6}?)(?=\s+(?:19|20)\d{2}\b|\s*[|,]|\s*$)/m;
/^©\s*(?:Copyright\s+)?(?!Crown\b)([A-Z][A-Za-z&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][A-Za-z&'’.-]*){0,6})(?:\s+\d{4})?\s*$/m;

/** Cover and back-page fields of an agency's publication, from its text's first and last lines. */
function publicationFields(text: string): { issuer: string; docNumber: string; writtenDate: string } {
  const head = text.slice(0, 1500);
  const tail = text.split('\n').slice(-40).join('\n');
  const series = seriesLine(head);
  return {
    issuer: COPYRIGHT.exec(tail)?.[1]?.trim() || series.issuer,
    docNumber: REFERENCE.exec(head)?.[1]?.replace(/\s+/g, '') || series.docNumber,
    writtenDate: englishDate(VERSION_DATE.exec(head)?.[1] ?? ''),
  };
}

/** A journal's issue date, printed in its running head on most pages ("… / Thursday, August 6, 2020 / …"). */
export function runningHeadDate(pages: PageLines[]): string {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set(p.lines.filter((l) => l.y < p.height * 0.1).map((l) => enDate(l.text)));
    for (const d of seen) if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && pages.length >= 2 && best[1] >= Math.max(2, pages.length / 2) ? best[0] : '';
}

/** The body an agenda's title opens with (Board of Education Special Meeting AGENDA). */
const BODY =
  /^((?:Board of [A-Z][a-z]+(?: (?!(?:Special|Regular|Annual|Adjourned|Closed|Study|Meeting|Session|Agenda)\b)[A-Z][a-z]+){0,2})|(?:City|Town|County|Village) Council|Planning Commission)\b/;
/** A caps organ's name opening the agenda (CUPERTINO UNION SCHOOL DISTRICT). */
const ORGAN = /^([A-Z][A-Z .&'-]{3,80}(?:DISTRICT|COUNTY|CITY|TOWN|VILLAGE|AUTHORITY|COLLEGE|UNIVERSITY))$/;

/** The organ's name as the text prints it in mixed case ("Cupertino Union School District"), or title-cased. */
function mixedCase(caps: string, text: string): string {
  const escaped = caps.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const printed = new RegExp(escaped, 'i').exec(text.replace(caps, ''))?.[0];
  if (printed && printed !== caps) return printed.replace(/\s+/g, ' ');
  return caps.toLowerCase().replace(/\b(?!(?:of|and|the)\b)[a-z]/g, (c) => c.toUpperCase());
}

export interface PdfMeta {
  issuer: string;
  docNumber: string;
  writtenDate: string;
  publishDate: string;
}

export function pdfMeta(title: string, text: string, pages: PageLines[]): PdfMeta {
  const issued = ISSUED.exec(text);
  const stamp = registerStamp(pages);
  const cover = publicationFields(text);
  const footer = footerStamp(pages, title);
  const out: PdfMeta = {
    issuer: cover.issuer,
    docNumber: DOCKET.exec(text)?.[1] ?? (stamp.docNumber || cover.docNumber || footer.docNumber),
    writtenDate: issued ? enDate(issued[0]) : cover.writtenDate || footer.writtenDate,
    publishDate: runningHeadDate(pages) || stamp.publishDate,
  };
  // a treaty or statute adopted by a conference: its body and the day of its closing formula
  if (/\b(?:Statute|Convention|Treaty|Agreement|Protocol|Covenant|Charter)\b/.test(title)) {
    const t = treatyFields(title, text);
    out.issuer = t.issuer || out.issuer;
    out.writtenDate ||= t.writtenDate;
  }
  if (/\bagenda\b/i.test(title)) {
    // A meeting's agenda is dated by its meeting, printed at its head; its issuer is the body meeting, of its organ.
    out.publishDate ||= enDate(text.slice(0, 400));
    const organ = ORGAN.exec(text.split('\n', 1)[0]!.trim())?.[1];
    const body = BODY.exec(title.trim())?.[1];
    if (organ) out.issuer = body ? `${mixedCase(organ, text)} ${body}` : mixedCase(organ, text);
  }
  return out;
}
