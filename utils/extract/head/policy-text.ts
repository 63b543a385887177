/**
 * Fallbacks read from the document's own text, for pages without a metadata table:
 * the 文号 line printed under the title, and the signature (issuing organ + date) closing the main text.
 */
import { CN_DATE, isDocNumber, normaliseDocNumber, policyDate } from './policy-values';
import { blockText, squash } from '../../dom/blocks';
import { findAdoption } from './policy-adoption';
import { speechNote } from './speech-note';

export interface TextFields {
  docNumber: string;
  issuer: string;
  writtenDate: string;
}

const ARABIC_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const DATE_LINE = new RegExp(`^(?:${ARABIC_DATE.source}|${CN_DATE.source})$`);
// A bulletin prints its organs and date under the title, the date often bracketed and sometimes only a month:
// "宜春市统计局　国家统计局宜春调查队" / "（2023年4月12日）" or "（2023年5月）".
const SIGNED_DATE = new RegExp(`^(.*?)\\s*[(（]?\\s*(${ARABIC_DATE.source}|${CN_DATE.source}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月)\\s*[)）]?$`);
// Organ names end in one of these; prose, titles, closing formulas (特此通知) and events (运动会) do not.
export const ORGAN =
  /^[\u4e00-\u9fa5]{2,30}(?:院|厅|部|委|局|署|办|办公室|府|委员会|联合会|协会|学会|银行|小组|中心|司|党委|党组|集团|公司|总队|调查队|支队)$/;
// "总理　李克强" above the date of a 国务院令: the date is the signature's, the person is not the issuer.
const PERSON_SIGNATURE = /^(?:总理|副总理|主席|部长|署长|局长|主任|省长|市长|县长|区长|州长|书记|院长)\s*[\u4e00-\u9fa5·]{2,5}$/;

const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

// A signature set with letter-spacing (国 家 能 源 局) is one name: single characters in a row are joined.
const joinSpacedLetters = (acc: string[], p: string, i: number, all: string[]): string[] => {
  const prev = acc[acc.length - 1];
  if (p.length === 1 && i > 0 && all[i - 1]!.length === 1 && prev) acc[acc.length - 1] = prev + p;
  else acc.push(p);
  return acc;
};

/** Organ names on a signature line ("国务院　中央军委" → ["国务院", "中央军委"]), or null when it is not one. */
export function organs(line: string): string[] | null {
  // Joint notices list several organs on one line, spaced or joined with 、/，.
  const parts = line
    .split(/[\s、，,]+/)
    .filter(Boolean)
    .reduce(joinSpacedLetters, []);
  return parts.length > 0 && parts.length <= 8 && parts.every((p) => ORGAN.test(p)) ? parts : null;
}

/** Where the main text starts: just after the title when it can be found, else the top of the page. */
function titleEnd(lines: string[], title: string): number {
  const t = title.replace(/\s+/g, '');
  if (t.length < 6) return 0;
  // The run of lines covering most of the title (it is often broken over two lines); a breadcrumb echoing
  // the site name in <title> is a shorter run.
  let best = 0;
  let bestEnd = 0;
  let run = 0;
  for (let i = 0; i < Math.min(lines.length, 300); i++) {
    const l = lines[i]!.replace(/\s+/g, '');
    // a longer line holding the whole title (a link to its PDF, `…的通知.pdf`) covers no more of it
    run = l.length >= 4 && (t.includes(l) || l.includes(t)) ? run + Math.min(l.length, t.length) : 0;
    if (run > best) [best, bestEnd] = [run, i + 1];
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

function findSignature(lines: string[], from: number): { issuer: string; writtenDate: string } {
  for (let i = from; i < lines.length; i++) {
    const line = toAsciiDigits(lines[i]!);
    // The date may share the line with the organ: "国务院办公厅　2018年12月29日".
    const m = SIGNED_DATE.exec(line);
    if (!m) continue;
    const sameLine = m[1] ? organs(m[1]) : null;
    if (m[1] && !sameLine) continue;
    const above: string[] = [];
    for (let j = i - 1; !sameLine && j >= from && j >= i - 3; j--) {
      const o = organs(lines[j]!);
      if (!o) break;
      above.unshift(...o);
    }
    const names = sameLine ?? above;
    const date = policyDate(m[2]!);
    if (names.length && (date || /月$/.test(m[2]!))) return { issuer: names.join('、'), writtenDate: date };
    if (!date) continue;
    if (i > from && PERSON_SIGNATURE.test(lines[i - 1]!) && DATE_LINE.test(line)) return { issuer: '', writtenDate: date };
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
  const { docNumber, at } = findDocNumber(lines, start);
  const signed = findSignature(signatureLines, Math.min(start, at));
  // A 题注 quoting the title (…《关于修改〈中华人民共和国国徽法〉的决定》…) ends the run of lines taken for the
  // title: the line before the text's start may be the 题注.
  const adopted = signed.issuer ? signed : findAdoption(lines, Math.min(start, at) - 1);
  // a report delivered at a meeting: its day, and the government its head speaks for
  const spoken = adopted.issuer ? null : speechNote(lines.slice(Math.max(0, Math.min(start, at) - 1)));
  const issuer = signed.issuer || adopted.issuer || spoken?.issuer || '';
  return { docNumber, issuer, writtenDate: signed.writtenDate || adopted.writtenDate || spoken?.writtenDate || '' };
}
