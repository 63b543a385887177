/** Synthetic pdfjs text content for the PDF layout tests: lines of text placed as a PDF printer places them. */
import type { PageLines, PdfTextContent, PdfTextItem, TextLine } from '../../utils/pdf';

export const PAGE_W = 595;
export const PAGE_H = 842;

export interface Placed {
  text: string;
  /** left edge, and baseline from the top of the page */
  x: number;
  y: number;
  size?: number;
  font?: string;
}

/** Rough advance width: CJK characters are one em, Latin ones half. */
export const advance = (text: string, size: number) => [...text].reduce((w, c) => w + (/[\u2e80-\uffef]/.test(c) ? size : size * 0.5), 0);

/** A pdfjs text item for `p`, its baseline in PDF coordinates (from the bottom). */
export function item(p: Placed): PdfTextItem {
  const size = p.size ?? 16;
  return {
    str: p.text,
    transform: [size, 0, 0, size, p.x, PAGE_H - p.y],
    width: advance(p.text, size),
    height: size,
    fontName: p.font ?? 'f1',
  };
}

export function content(placed: Placed[]): PdfTextContent {
  return { items: placed.map(item), styles: {} };
}

/** A TextLine as ./lines would make it. */
export function line(text: string, x: number, y: number, page = 1, size = 16, bold = false): TextLine {
  return { text, x, x2: x + advance(text, size), y, size, bold, page };
}

export function page(n: number, lines: TextLine[]): PageLines {
  return { page: n, width: PAGE_W, height: PAGE_H, lines };
}

/**
 * Body text set in a column from x=80 to x=80+`perLine` ems: a paragraph's first line indented two ems, every
 * line but the last full. Returns the lines and the next baseline.
 */
export function paragraph(
  text: string,
  y: number,
  opts: { page?: number; size?: number; perLine?: number; indent?: number } = {},
): { lines: TextLine[]; y: number } {
  const size = opts.size ?? 16;
  const per = opts.perLine ?? 26;
  const indent = opts.indent ?? 2;
  const chars = [...text];
  const lines: TextLine[] = [];
  let i = 0;
  let first = true;
  while (i < chars.length) {
    const n = first ? per - indent : per;
    const x = 80 + (first ? indent * size : 0);
    lines.push(line(chars.slice(i, i + n).join(''), x, y, opts.page ?? 1, size));
    i += n;
    y += size * 1.75;
    first = false;
  }
  return { lines, y };
}
