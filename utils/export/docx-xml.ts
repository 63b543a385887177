/**
 * WordprocessingML written as text for the bulk of a Word report (every clip's table, outline, text and highlights).
 * The docx library builds the package around it (styles, comments, fonts): building a thousand clips' paragraphs
 * as its objects took many times the 6 s budget of an export of 1,000 clips with their text.
 * Element order inside w:pPr and w:rPr follows the schema (Word refuses files that do not).
 */
import { xmlSafe } from './docx-text';

/** Text for an element or attribute: XML-unsafe characters dropped, markup characters escaped. */
export const esc = (s: string): string =>
  xmlSafe(s).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** 6 hex digits */
  color?: string;
  /** a w:highlight value */
  highlight?: string;
  rStyle?: string;
}

function rPr(s: RunStyle): string {
  const p =
    (s.rStyle ? `<w:rStyle w:val="${s.rStyle}"/>` : '') +
    (s.bold ? '<w:b/><w:bCs/>' : '') +
    (s.italics ? '<w:i/><w:iCs/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    (s.highlight ? `<w:highlight w:val="${s.highlight}"/>` : '');
  return p ? `<w:rPr>${p}</w:rPr>` : '';
}

/** A w:t element; xml:space="preserve" only where Word would otherwise drop spaces at its ends (it is most of a run's bytes). */
export const wt = (text: string): string =>
  /^\s|\s$/.test(text) ? `<w:t xml:space="preserve">${esc(text)}</w:t>` : `<w:t>${esc(text)}</w:t>`;

/** One run per line of `text`, line breaks as w:br. */
export function runs(text: string, style: RunStyle = {}): string {
  const pr = rPr(style);
  return text
    .split(/\r\n|[\n\r]/)
    .map((line, i) => `<w:r>${pr}${i ? '<w:br/>' : ''}${wt(line)}</w:r>`)
    .join('');
}

export interface ParaStyle {
  style?: string;
  pageBreakBefore?: boolean;
  /** background fill, 6 hex digits */
  fill?: string;
  /** left indent in twips */
  indent?: number;
}

export function para(children: string, s: ParaStyle = {}): string {
  const p =
    (s.style ? `<w:pStyle w:val="${s.style}"/>` : '') +
    (s.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (s.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${s.fill}"/>` : '') +
    (s.indent !== undefined ? `<w:ind w:left="${s.indent}"/>` : '');
  return `<w:p>${p ? `<w:pPr>${p}</w:pPr>` : ''}${children}</w:p>`;
}

export const heading = (level: number, children: string, pageBreakBefore = false): string =>
  para(children, { style: `Heading${level}`, pageBreakBefore });

/** A hyperlink as a field (HYPERLINK "url"): needs no relationship part, and Word and mammoth read it as a link. */
export function fieldLink(url: string, text: string): string {
  return (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> HYPERLINK "${esc(url).replace(/"/g, '%22')}" </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    runs(text, { rStyle: 'Hyperlink' }) +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const TABLE_PR =
  '<w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('') +
  '</w:tblBorders></w:tblPr>';

/** A table of the document's own, full width, columns equal; `rows` hold each cell's paragraphs. */
export function dataTable(rows: readonly (readonly string[])[]): string {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(9026 / cols)}"/>`.repeat(cols)}</w:tblGrid>`;
  const body = rows
    .map((r) => {
      // a short row is padded: every row of a Word table has its grid's cells, and a cell needs a paragraph
      const cells = [...r, ...Array<string>(cols - r.length).fill('')].map((p) => `<w:tc>${p || '<w:p/>'}</w:tc>`);
      return `<w:tr>${cells.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${TABLE_PR}${grid}${body}</w:tbl>`;
}

/** A two-column table, label column 22 % wide, with single borders. */
export function labelTable(rows: readonly [label: string, value: string][]): string {
  const cell = (pct: number, p: string) => `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${pct * 50}"/></w:tcPr>${p}</w:tc>`;
  const body = rows.map(([label, value]) => `<w:tr>${cell(22, para(runs(label, { bold: true })))}${cell(78, value)}</w:tr>`).join('');
  return `<w:tbl>${TABLE_PR}<w:tblGrid><w:gridCol w:w="1986"/><w:gridCol w:w="7040"/></w:tblGrid>${body}</w:tbl>`;
}
