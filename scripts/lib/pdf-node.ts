/** PDF and DOCX under Node (CLI, eval, bench, tests): pdfjs's legacy build and jsdom, around utils/pdf and utils/docx. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDocx } from '../../utils/docx';
import { extractPdf, type PdfJsLike, type PdfOptions } from '../../utils/pdf';
import type { ExtractedPage } from '../../utils/model';
import type { Result } from '../../utils/result';
import { sanitizeArticleElement } from '../../utils/sanitize';
import { parseHtml } from './dom';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pdfjs-dist/package.json'));

let loaded: Promise<PdfJsLike> | null = null;
/** The legacy build (the modern one needs browser globals Node lacks); loaded once. */
export function loadPdfjs(): Promise<PdfJsLike> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfJsLike);
  return loaded;
}

/** getDocument parameters for Node: the bundled CMaps (older Chinese PDFs use predefined CMaps) and fonts. */
export const NODE_DOCUMENT_PARAMS = {
  cMapUrl: pathToFileURL(join(root, 'cmaps')).href + '/',
  cMapPacked: true,
  standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).href + '/',
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
};

/** A jsdom document to build into, sanitised with its own window like the extension does. */
export async function extractPdfFile(
  bytes: Uint8Array,
  url: string,
  opts: Partial<Omit<PdfOptions, 'createDocument' | 'sanitize'>> = {},
): Promise<Result<ExtractedPage>> {
  const dom = parseHtml('<!DOCTYPE html><html><head></head><body></body></html>', url);
  const win = dom.window as unknown as Window;
  try {
    return await extractPdf(await loadPdfjs(), bytes, url, {
      ...opts,
      documentParams: { ...NODE_DOCUMENT_PARAMS, ...opts.documentParams },
      createDocument: () => dom.window.document,
      sanitize: (el) => sanitizeArticleElement(el, win),
    });
  } finally {
    dom.window.close();
  }
}

/** The same for a Word file. */
export async function extractDocxFile(bytes: Uint8Array, url: string): Promise<Result<ExtractedPage>> {
  const dom = parseHtml('<!DOCTYPE html><html><head></head><body></body></html>', url);
  const win = dom.window as unknown as Window;
  try {
    return await extractDocx(bytes, url, { createDocument: () => dom.window.document, sanitize: (el) => sanitizeArticleElement(el, win) });
  } finally {
    dom.window.close();
  }
}

/** What a file holds, by its first bytes (a name may lie): a PDF, a zip (DOCX), or anything else (HTML). */
export function fileKind(bytes: Uint8Array): 'pdf' | 'docx' | 'html' {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  return 'html';
}
