/**
 * Fetch a PDF and clip it with PDF.js, in an extension page (Chrome's offscreen document, Firefox's background page),
 * never in the web page. The pdfjs module and the browser's objects are passed in.
 */
import { DEFAULT_MAX_BYTES, extractPdf, type PdfJsLike } from '../pdf';
import type { ExtractedPage } from '../model';
import type { Result } from '../result';
import { fetchPdf, type FetchLike } from './pdf-fetch';

export interface PdfReadDeps {
  fetch: FetchLike;
  loadPdfjs(): Promise<PdfJsLike>;
  createDocument(): Document;
  sanitize?(root: Element): void;
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

export async function readPdfAt(deps: PdfReadDeps, url: string): Promise<Result<ExtractedPage>> {
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await fetchPdf(deps.fetch, url, maxBytes);
  if (!bytes.ok) return bytes;
  const pdfjs = await deps.loadPdfjs();
  return extractPdf(pdfjs, bytes.value, url, {
    createDocument: deps.createDocument,
    sanitize: deps.sanitize,
    onProgress: deps.onProgress,
    maxBytes,
    documentParams: { ...BROWSER_DOCUMENT_PARAMS, ...(deps.cMapUrl ? { cMapUrl: deps.cMapUrl, cMapPacked: true } : {}) },
  });
}
