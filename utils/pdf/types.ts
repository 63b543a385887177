/**
 * The parts of pdfjs-dist this code uses, as structural types: the caller passes the module it loaded (the legacy
 * build under Node, the normal one with a bundled worker in the extension), so nothing here imports pdfjs itself.
 */

/** One `getTextContent()` text item (pdfjs `TextItem`); marked-content items have no `str` and are skipped. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f the baseline origin in PDF units (y grows upwards), |(c, d)| the font size */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

export interface PdfTextStyle {
  fontFamily: string;
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

export interface PdfTextContent {
  items: Array<PdfTextItem | { type: string }>;
  styles: Record<string, PdfTextStyle>;
}

export interface PdfPageLike {
  getViewport(params: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<PdfTextContent>;
  /** loaded fonts (when pdfjs has sent them): the font's real name tells bold ("…-Bold", "…Heiti…") */
  commonObjs?: { has(id: string): boolean; get(id: string): unknown };
  /** run only to make pdfjs send the page's fonts to `commonObjs` (cheap once the text has loaded them) */
  getOperatorList?(): Promise<unknown>;
  cleanup?(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  getMetadata?(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}

export interface PdfJsLike {
  getDocument(src: { data: Uint8Array } & Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy?(): Promise<void> };
}

/** A text item reduced to what layout needs, in top-down page coordinates. */
export interface Item {
  str: string;
  /** left edge */
  x: number;
  /** baseline, from the top of the page (grows downwards) */
  y: number;
  /** advance width */
  w: number;
  /** font size */
  size: number;
  bold: boolean;
}

/** A run of a line's items with no wide gap inside it: a table cell, when the line is a table row. */
export interface Cell {
  text: string;
  x: number;
  x2: number;
}

/** A printed line: items on one baseline, left to right. */
export interface TextLine {
  text: string;
  x: number;
  /** right edge */
  x2: number;
  y: number;
  size: number;
  /** most of the line's characters are bold */
  bold: boolean;
  /** the bold words a plain number opens the line with (`2. ` **Reverse engineering** `(section 1201(f)). This …`) */
  boldLead?: string;
  /** 1-based page number */
  page: number;
  /** the column it is set in (0, 1, …) on a page of two or three columns; paragraphs are judged by its edges */
  column?: number;
  /** the line's pieces parted by wide gaps, when there are two or more (./tables reads them as cells) */
  cells?: Cell[];
}

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: TextLine[];
}

/** What the HTML is built from: a title line, a heading candidate, a paragraph (or a signature line). */
export interface Block {
  kind: 'title' | 'heading' | 'p' | 'table';
  text: string;
  centered: boolean;
  /** set flush right (a signature, a date) */
  right: boolean;
  bold: boolean;
  /** where each page starting inside this block starts in `text` (the reader's "page N" anchors) */
  pageStarts: Array<{ page: number; offset: number }>;
  /** a table's rows of cells (kind 'table'); a page starting inside it starts at row `offset` */
  rows?: string[][];
  /** its first line's indent from its column's left edge, and its size (points) */
  indent?: number;
  size?: number;
  /** a paragraph's bold lead after its number (its first line's `boldLead`), set in <strong> */
  boldLead?: string;
  /** the level of the contents entry this head prints (./contents-heads), for a head no type style ranks */
  listed?: number;
  /** a heading's tier among the document's heads (1 = top), set as <h2>, <h3> … (./tiers) */
  tier?: number;
}
