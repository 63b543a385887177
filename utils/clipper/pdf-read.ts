/**
 * Fetch a PDF or Word file and clip it — PDF.js or mammoth, then the page pipeline — in an extension page (Chrome's
 * offscreen document, Firefox's background page), never in the web page. The readers' modules and the browser's
 * objects are passed in; each reader is loaded only when a file of its kind arrives.
 */
import type { docxDocument } from '../docx/document';
import { docxPage } from '../docx/page';
import { DEFAULT_MAX_BYTES, extractPdf, type PdfJsLike } from '../pdf';
import type { ExtractedPage } from '../model';
import type { Result } from '../result';
import { fetchFile, type FetchLike } from './pdf-fetch';

/**
 * `docxDocument` (utils/docx/document.ts), loaded lazily: mammoth is ~0.3 MB that no PDF and no page needs. Only
 * mammoth's half is loaded so: the page pipeline after it is the one PDFs use, already here.
 */
export type DocxReader = typeof docxDocument;

export interface PdfReadDeps {
  fetch: FetchLike;
  loadPdfjs(): Promise<PdfJsLike>;
  loadDocx(): Promise<DocxReader>;
  createDocument(): Document;
  sanitize?(root: Element): void;
  /** pages read so far, of all; a Word file, which has no pages to count, is (0, 0) while read, then (1, 1) */
  onProgress?(done: number, total: number): void;
  maxBytes?: number;
  /** where the bundled character maps are (`…/pdfjs/cmaps/`, see wxt.config.ts) */
  cMapUrl?: string;
}

/**
 * Nothing remote: no font faces (text only is read), no system-font lookups, no eval'd font programs; the standard
 * fonts are not needed because text extraction does not draw glyphs. CMaps are (Chinese text): the bundled ones.
 */
export const BROWSER_DOCUMENT_PARAMS = { disableFontFace: true, useSystemFonts: false, isEvalSupported: false, stopAtErrors: false };

export async function readFileAt(deps: PdfReadDeps, url: string): Promise<Result<ExtractedPage>> {
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = await fetchFile(deps.fetch, url, maxBytes);
  if (!file.ok) return file;
  const { kind, bytes } = file.value;
  if (kind === 'docx') {
    deps.onProgress?.(0, 0);
    try {
      const read = await deps.loadDocx();
      const doc = await read(bytes, url, deps.createDocument);
      return doc.ok ? docxPage(doc.value, url, deps.sanitize) : doc;
    } finally {
      deps.onProgress?.(1, 1); // done, or failed: either way the popup's bar goes
    }
  }
  const pdfjs = await deps.loadPdfjs();
  return extractPdf(pdfjs, bytes, url, {
    createDocument: deps.createDocument,
    sanitize: deps.sanitize,
    onProgress: deps.onProgress,
    maxBytes,
    documentParams: { ...BROWSER_DOCUMENT_PARAMS, ...(deps.cMapUrl ? { cMapUrl: deps.cMapUrl, cMapPacked: true } : {}) },
  });
}
