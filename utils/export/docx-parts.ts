/** The parts of a clip in a Word report around its text: metadata table, outline, highlights by section. */
import { ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { groupBySection, headingText, SECTION_SEPARATOR, type ClipView } from './common';
import { metaFields } from './doc/meta';
import { COLOR_SET, colorOf } from '../model/colors';
import { isOpenableUrl, WEB_SCHEMES } from '../safe-url';
import type { Labels } from './labels';
import { lines, xmlSafe } from './docx-text';

function metaRow(label: string, value: Paragraph): TableRow {
  const cell = (p: Paragraph, pct: number) => new TableCell({ children: [p], width: { size: pct, type: WidthType.PERCENTAGE } });
  return new TableRow({ children: [cell(new Paragraph({ children: [new TextRun({ text: label, bold: true })] }), 22), cell(value, 78)] });
}

export function metaTable(v: ClipView, l: Labels): Table {
  const rows = metaFields(v, l).map((f) => {
    // only web links are made clickable: a javascript: or data: URL from a page stays inert text
    const value =
      f.link && isOpenableUrl(f.value, WEB_SCHEMES)
        ? new Paragraph({
            children: [new ExternalHyperlink({ link: f.value, children: [new TextRun({ text: xmlSafe(f.value), style: 'Hyperlink' })] })],
          })
        : new Paragraph({ children: lines(f.value) });
    return metaRow(f.label, value);
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

export function outlineParagraphs(v: ClipView, l: Labels): Paragraph[] {
  const outline = v.body?.outline ?? [];
  if (!outline.length) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(l('outline')) }),
    ...outline.map(
      (e) =>
        new Paragraph({
          style: 'ClipOutline',
          indent: { left: 360 * Math.min(5, Math.max(0, Math.trunc(e.level) - 1)) },
          children: lines(headingText(e)),
        }),
    ),
  ];
}

/** Every highlight, placed or not: `placed` (full document) marks the ones the text could not show. */
export function highlightParagraphs(v: ClipView, l: Labels, placed?: ReadonlySet<string>): Paragraph[] {
  const title = new Paragraph({ heading: HeadingLevel.HEADING_2, children: lines(l('highlights')) });
  if (!v.highlights.length) return [title, new Paragraph({ children: [new TextRun({ text: l('noHighlights'), italics: true })] })];
  return [
    title,
    ...groupBySection(v.highlights).flatMap((g) => [
      new Paragraph({ heading: HeadingLevel.HEADING_3, children: lines(g.path.join(SECTION_SEPARATOR) || l('beforeFirst')) }),
      ...g.items.flatMap((h) => {
        const missing = placed && !placed.has(h.id) ? [new TextRun({ text: ` (${l('notPlaced')})`, italics: true, color: '808080' })] : [];
        const quote = new Paragraph({
          style: 'ClipQuote',
          shading: { type: 'clear', fill: COLOR_SET[colorOf(h.color)].fill, color: 'auto' },
          children: [...lines(h.selectors.quote), ...missing],
        });
        const note = h.note.trim()
          ? [new Paragraph({ style: 'ClipNote', children: [new TextRun({ text: l.notePrefix, bold: true }), ...lines(h.note.trim())] })]
          : [];
        return [quote, ...note];
      }),
    ]),
  ];
}
