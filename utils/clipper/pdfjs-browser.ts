/**
 * PDF.js and mammoth in an extension page (Chrome's offscreen document, Firefox's background page), each imported on
 * the first file of its kind, so neither weighs on the page that never reads one. PDF.js's worker code is bundled
 * and runs on the page's own thread (pdfjs's "fake worker", set through `globalThis.pdfjsWorker`): nothing is loaded
 * from elsewhere, no worker file must be served as a module, and the page has no UI to keep responsive.
 */
import type { PdfJsLike } from '../pdf';
import type { ExtractedPage } from '../model';
import type { Result } from '../result';
import { sanitizeArticleElement } from '../sanitize';
import { readFileAt, type DocxReader } from './pdf-read';
import type { FetchLike } from './pdf-fetch';

let loaded: Promise<PdfJsLike> | undefined;

export function loadPdfjs(): Promise<PdfJsLike> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist')) as unknown as PdfJsLike;
  })();
  return loaded;
}

let docx: Promise<DocxReader> | undefined;

export function loadDocx(): Promise<DocxReader> {
  docx ??= import('../docx/document').then((m) => m.docxDocument);
  return docx;
}

export interface PageScope {
  document: Document;
  fetch: FetchLike;
  /** the extension's address for a bundled file (runtime.getURL) */
  assetUrl(path: string): string;
}

/** A PDF or Word file by its address, read here (the background asks; progress goes back to the tab's popup). */
export function readFileHere(
  scope: PageScope,
  url: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<ExtractedPage>> {
  return readFileAt(
    {
      fetch: scope.fetch,
      loadPdfjs,
      loadDocx,
      createDocument: () => scope.document.implementation.createHTMLDocument(''),
      sanitize: (el) => sanitizeArticleElement(el),
      onProgress,
      cMapUrl: scope.assetUrl('/pdfjs/cmaps/'),
    },
    url,
  );
}
