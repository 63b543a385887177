/**
 * A Word report: per clip its title (Heading 1), a metadata table, then its highlights grouped by section
 * (Heading 2 per section path) as quotes with notes. Fonts carry an East Asian face so Word does not fall back to
 * a Latin font for Chinese, and the East Asian language is zh-CN so punctuation and line breaking are right.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { clipViews, formatDate, groupBySection, publishedDate, savedDate, SECTION_SEPARATOR, tidy, type ClipView } from './common';
import { COLOR_SET, colorOf } from '../model/colors';
import { isOpenableUrl, WEB_SCHEMES } from '../safe-url';
import type { ExportBundle, ExportClock } from './types';

export interface DocxOptions extends ExportClock {
  /** the report's title; default "Clausemark report" */
  title?: string;
}

const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Calibri Light', hAnsi: 'Calibri Light', cs: 'Calibri Light', eastAsia: 'Microsoft YaHei' };

/** XML 1.0 cannot hold most C0 controls or lone surrogates; page text may contain them. */
const xmlSafe = (s: string) =>
  s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');

/** Runs for multi-line text: Word needs explicit breaks between lines. */
function lines(text: string, opts: { italics?: boolean; bold?: boolean } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|[\n\r]/)
    .map((line, i) => new TextRun({ text: line, break: i ? 1 : 0, ...opts }));
}

function metaRow(label: string, value: string | Paragraph): TableRow {
  const cell = (p: Paragraph, pct: number) => new TableCell({ children: [p], width: { size: pct, type: WidthType.PERCENTAGE } });
  const right = typeof value === 'string' ? new Paragraph({ children: lines(value) }) : value;
  return new TableRow({ children: [cell(new Paragraph({ children: [new TextRun({ text: label, bold: true })] }), 22), cell(right, 78)] });
}

function metaTable(v: ClipView): Table {
  const { clip } = v;
  // only web links are made clickable: a javascript: or data: URL from a page stays inert text
  const url = isOpenableUrl(clip.url, WEB_SCHEMES)
    ? new Paragraph({
        children: [new ExternalHyperlink({ link: clip.url, children: [new TextRun({ text: xmlSafe(clip.url), style: 'Hyperlink' })] })],
      })
    : xmlSafe(clip.url);
  const rows: [string, string | Paragraph][] = [
    ['Site', clip.siteName],
    ['URL', url],
    ['Published', publishedDate(clip)],
    ['Saved', savedDate(clip)],
    ['Issuer', clip.policy.issuer],
    ['Document number', clip.policy.docNumber],
    ['Index number', clip.policy.indexNumber],
    ['Collections', v.collections.join(', ')],
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.filter(([, val]) => val !== '').map(([k, val]) => metaRow(k, val)),
  });
}

function highlights(v: ClipView): Paragraph[] {
  if (!v.highlights.length) return [new Paragraph({ children: [new TextRun({ text: 'No highlights.', italics: true })] })];
  return groupBySection(v.highlights).flatMap((g) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(g.path.join(SECTION_SEPARATOR) || 'Before the first heading') }),
    ...g.items.flatMap((h) => {
      const quote = new Paragraph({
        style: 'ClipQuote',
        shading: { type: 'clear', fill: COLOR_SET[colorOf(h.color)].fill, color: 'auto' },
        children: lines(h.selectors.quote),
      });
      const note = h.note.trim()
        ? [new Paragraph({ style: 'ClipNote', children: [new TextRun({ text: 'Note: ', bold: true }), ...lines(h.note.trim())] })]
        : [];
      return [quote, ...note];
    }),
  ]);
}

function clipBlock(v: ClipView, first: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !first, children: lines(tidy(v.clip.title) || 'Untitled') }),
    metaTable(v),
    ...highlights(v),
  ];
}

export async function toDocx(bundle: ExportBundle, opts: DocxOptions = {}): Promise<Uint8Array> {
  const title = opts.title ?? 'Clausemark report';
  const views = clipViews(bundle);
  const doc = new Document({
    title: xmlSafe(title),
    creator: 'Clausemark',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: 22, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { after: 120, line: 300 } },
        },
        title: { run: { font: HEADING_FONT, size: 40, bold: true } },
        heading1: {
          run: { font: HEADING_FONT, size: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 240, after: 160 } },
        },
        heading2: {
          run: { font: HEADING_FONT, size: 26, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: 'ClipQuote',
          name: 'Clip Quote',
          basedOn: 'Normal',
          paragraph: { indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C9A800', space: 8 } } },
        },
        {
          id: 'ClipNote',
          name: 'Clip Note',
          basedOn: 'Normal',
          run: { color: '404040' },
          paragraph: { indent: { left: 360 }, spacing: { after: 200 } },
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: lines(title) }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: `${views.length} clip(s) · ${formatDate(opts.now ?? Date.now())}`, color: '666666' })],
          }),
          ...views.flatMap((v, i) => clipBlock(v, i === 0)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
