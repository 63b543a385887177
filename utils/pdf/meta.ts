/**
 * Policy fields an English PDF prints where the page pipeline does not look (used only for fields it left empty):
 * a rule's docket number and the date it was issued on (the Federal Register), the issue date its running head
 * carries on every page, and a meeting agenda's body and meeting date.
 */
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
  const out: PdfMeta = {
    issuer: '',
    docNumber: DOCKET.exec(text)?.[1] ?? '',
    writtenDate: issued ? enDate(issued[0]) : '',
    publishDate: runningHeadDate(pages),
  };
  // a treaty or statute adopted by a conference: its body and the day of its closing formula
  if (/\b(?:Statute|Convention|Treaty|Agreement|Protocol|Covenant|Charter)\b/.test(title)) {
    const t = treatyFields(title, text);
    out.issuer = t.issuer;
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
