/**
 * Fallbacks read from the document's own text, for pages without a metadata table:
 * the 文号 line printed under the title, and the signature (issuing organ + date) closing the main text.
 */
import { ARABIC_DATE, CN_DATE, isDocNumber, normaliseDocNumber, policyDate, toAsciiDigits } from './policy-values';
import { findSignature } from './policy-signature';
import { bareOrder, orderDate, orderMasthead, organOrder } from './policy-order';
import { blockText, squash } from '../../dom/blocks';
import { findAdoption, meetingBody } from './policy-adoption';
import { speechNote } from './speech-note';
import { titleIssuers } from './title-issuers';

export interface TextFields {
  docNumber: string;
  issuer: string;
  writtenDate: string;
}

export { ORGAN, organs } from './policy-signature';

/** Where the main text starts: just after the title when it can be found, else the top of the page. */
function titleEnd(lines: string[], title: string): number {
  const t = title.replace(/\s+/g, '');
  if (t.length < 6) return 0;
  // The run of lines covering most of the title (it is often broken over two lines); a breadcrumb echoing
  // the site name in <title> is a shorter run.
  let best = 0;
  let bestEnd = 0;
  let bestSpan = 0;
  let run = 0;
  let span = 0;
  for (let i = 0; i < Math.min(lines.length, 300); i++) {
    const l = lines[i]!.replace(/\s+/g, '');
    // a longer line holding the whole title (a link to its PDF, `…的通知.pdf`) covers no more of it
    const covers = l.length >= 4 && (t.includes(l) || l.includes(t));
    run = covers ? run + Math.min(l.length, t.length) : 0;
    span = covers ? span + 1 : 0;
    // as much covered by the title set over several lines as by one line naming it (a metadata cell above): the
    // printed title, under which its 文号 stands
    if (run > best || (run === best && span > bestSpan)) [best, bestEnd, bestSpan] = [run, i + 1, span];
  }
  return bestEnd;
}

// A page whose body is only its PDF names the file after the document and its 文号: …规则（试行）华北监能市场[2018]497号.pdf
const FILE_DOC_NUMBER =
  /(?:^|[^\u4e00-\u9fa5])([\u4e00-\u9fa5]{2,12}[[【(（〔［]\s*\d{4}\s*[\]】)）〕］]\s*第?\d{1,5}\s*号)\.(?:pdf|docx?|wps|ofd)$/i;

/** The 文号 line and its index: below the title first, then above it (an order's number precedes its regulation). */
function findDocNumber(lines: string[], start: number): { docNumber: string; at: number } {
  const near = (i: number) => i >= start && i < start + 12;
  const order = [...lines.keys()].filter(near).concat([...lines.keys()].filter((i) => i < start && i >= start - 20));
  for (const i of order) {
    const line = lines[i]!.replace(/^[(（](.*)[)）]$/, '$1');
    const n = normaliseDocNumber(line);
    // An order number is often printed over two lines: "中华人民共和国国务院令" / "第707号".
    if (/^第\d{1,5}号$/.test(n) && i > 0 && /令$/.test(lines[i - 1]!)) {
      return { docNumber: normaliseDocNumber(lines[i - 1]! + n), at: i };
    }
    if (isDocNumber(n)) return { docNumber: n, at: i };
    const file = FILE_DOC_NUMBER.exec(line);
    if (file && isDocNumber(normaliseDocNumber(file[1]!))) return { docNumber: normaliseDocNumber(file[1]!), at: i };
  }
  return { docNumber: '', at: start };
}

// An editor's note under the title tells the same: "2018年3月20日，第十三届全国人大一次会议表决通过了《…法》",
// the meeting as printed; only when the law it names is the page's own.
const ADOPTED_NOTE = new RegExp(
  `^(${ARABIC_DATE.source})[，,\\s]*(?<body>[\u4e00-\u9fa5]{2,30}?会议)(?:表决|审议)?通过(?:了)?《(?<law>[^》]{2,60})》`,
);

/** An editor's note naming the page's own law as adopted at a meeting (near the title), or empty fields. */
function findAdoptionNote(lines: string[], from: number, title: string): { issuer: string; writtenDate: string } {
  // The note quotes the title, so the title's end may be found after it: look a few lines back too.
  for (let i = Math.max(0, from - 8); i < Math.min(lines.length, from + 8); i++) {
    const line = toAsciiDigits(lines[i]!);
    const n = ADOPTED_NOTE.exec(line);
    if (n && n.groups!.law!.replace(/\s+/g, '') === title.replace(/\s+/g, '')) {
      return { issuer: meetingBody(n.groups!.body!), writtenDate: policyDate(n[1]!) };
    }
  }
  return { issuer: '', writtenDate: '' };
}

/** Texts of the cells of table rows with two or more filled cells (layout tables have one per row). */
function dataCells(root: Element): Set<string> {
  const out = new Set<string>();
  for (const tr of Array.from(root.getElementsByTagName('tr'))) {
    const texts = Array.from(tr.children, (c) => squash(c.textContent ?? '')).filter(Boolean);
    if (texts.length >= 2) texts.forEach((t) => out.add(t));
  }
  return out;
}

/** 文号, issuer and date of writing as printed in the text; '' for whatever is not clearly there. */
export function readTextFields(doc: Document, title: string): TextFields {
  if (!doc.body) return { docNumber: '', issuer: '', writtenDate: '' };
  const lines = blockText(doc.body).split('\n').map(squash).filter(Boolean);
  // Cells of data tables (a date column beside a venue column) are not signatures: blank them out.
  const cells = dataCells(doc.body);
  // A cell's text is in a row of cells, so a line beside it is one too; the signature that repeats a metadata
  // cell (主办单位 | 国家某某局) stands among prose and its date, and stays.
  const inRow = (i: number) => cells.has(lines[i]!) && (cells.has(lines[i - 1] ?? '') || cells.has(lines[i + 1] ?? ''));
  const signatureLines = lines.map((l, i) => (inRow(i) ? '' : l));
  const start = titleEnd(lines, title);
  const found = findDocNumber(lines, start);
  const { at } = found;
  // an order names its organ in its masthead (on the page or only in its image, then its signer's office says it)
  const order = organOrder(found.docNumber) ?? bareOrder(lines, at);
  const docNumber = order?.docNumber ?? found.docNumber;
  const signed = findSignature(signatureLines, Math.min(start, at));
  // A 题注 quoting the title (…《关于修改〈中华人民共和国国徽法〉的决定》…) ends the run of lines taken for the
  // title: the line before the text's start may be the 题注.
  let adopted = signed.issuer ? signed : findAdoption(lines, Math.min(start, at) - 1);
  if (!adopted.issuer) adopted = findAdoptionNote(lines, Math.min(start, at), title);
  // a report delivered at a meeting: its day, and the government its head speaks for
  const spoken = adopted.issuer ? null : speechNote(lines.slice(Math.max(0, Math.min(start, at) - 1)));
  const ordered = docNumber ? orderMasthead(lines, at) || order?.issuer || '' : '';
  const issuer = signed.issuer || ordered || adopted.issuer || spoken?.issuer || relayedIssuer(lines, found) || '';
  const writtenDate = signed.writtenDate || adopted.writtenDate || spoken?.writtenDate || (ordered && orderDate(lines, at));
  return { docNumber, issuer, writtenDate: writtenDate || '' };
}

/**
 * A portal relaying a document under its own headline (a news page reprinting 国务院关于…的指导意见): the document's
 * title line right over its 文号 names who issued it, as the page's title would have.
 */
function relayedIssuer(lines: string[], found: { docNumber: string; at: number }): string {
  if (!found.docNumber || found.at < 1) return '';
  const above = lines[found.at - 1]!;
  const own = titleIssuers(above);
  return (own.length ? own : titleIssuers((lines[found.at - 2] ?? '') + above)).join('、');
}
