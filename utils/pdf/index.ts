/**
 * PDF → ExtractedPage: pdfjs text items → lines → furniture dropped → blocks → an HTML document → the same
 * `extractArticle` a web page goes through (outline, title, policy metadata: no second engine).
 * Pure apart from the pdfjs module and the document factory the caller passes (utils/ imports no browser API).
 */
import { extractArticle } from '../extract';
import type { ExtractedPage } from '../model';
import { errorMessage, fail, ok, problem, type Result } from '../result';
import { contentsHeads, listedTiers } from './contents-heads';
import { dropFurniture } from './furniture';
import { isGarbled } from './garbled';
import { ownDocument } from './journal-docs';
import { pdfIssuer } from './issuer';
import { measure } from './layout';
import { pdfMeta } from './meta';
import { joinText, toBlocks } from './paragraphs';
import { readPages } from './read';
import { dropRepeatedHeads } from './repeats';
import { tableLines } from './tables';
import { headTitle } from './head-title';
import { boldTitle } from './bold-title';
import { headingTiers } from './tiers';
import { coverLines, titleLines } from './title';
import { blocksToDocument } from './to-html';
import type { PageLines, PdfDocumentLike, PdfJsLike } from './types';

export type { PdfJsLike, PdfTextItem, PdfTextContent, PageLines, TextLine } from './types';
export { pageAnchor } from './to-html';

export const DEFAULT_MAX_PAGES = 500;
export const DEFAULT_MAX_BYTES = 60 * 1024 * 1024;

export interface PdfOptions {
  /** a fresh empty HTML document to build into (browser: document.implementation.createHTMLDocument(''); Node: jsdom) */
  createDocument(): Document;
  /** pages read so far, of all */
  onProgress?(done: number, total: number): void;
  /** default 500; more → a 'too-large' error */
  maxPages?: number;
  /** default 60 MB */
  maxBytes?: number;
  /** sanitises the article element before it is serialised, as for a web page */
  sanitize?: (root: Element) => void;
  /** more `getDocument` parameters (cMapUrl, standardFontDataUrl, wasmUrl… as the build bundles them) */
  documentParams?: Record<string, unknown>;
}

/** A file name from the address, for a PDF whose pages show no title. */
export function nameFromUrl(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    /* keep it encoded */
  }
  return name.replace(/\.(pdf|docx?)$/i, '');
}

/**
 * Read pages → a document, ready for extractArticle (exported for tests on synthetic pages). `fallbackTitle` (the
 * file's properties) titles a document whose pages set no title bigger than their body; without it, the centred line
 * heading the first page does, then a bold line opening it (bold-title.ts), and only then `fileName`.
 */
export function pagesToDocument(pages: PageLines[], doc: Document, fallbackTitle: string, fileName = ''): Document {
  const lines = ownDocument(dropRepeatedHeads(dropFurniture(pages)).flatMap((p) => p.lines));
  const m = measure(lines);
  const { title, masthead, head } = titleLines(lines, m);
  const named = fallbackTitle || headTitle(head ?? []);
  // nothing bigger, nothing centred, no properties: a bold title line in the body's size, set as plain text
  const bold = named || title.size ? [] : boldTitle(lines, m);
  const plain = new Set([...masthead, ...coverLines(lines, title), ...bold]);
  const tables = tableLines(lines, m);
  const blocks = toBlocks(lines, m, title, plain, tables, contentsHeads(lines, tables));
  headingTiers(blocks, m.bodySize);
  listedTiers(blocks);
  const boldName = bold.length ? bold.map((l) => l.text.trim()).reduce((a, b) => joinText(a, b)) : '';
  return blocksToDocument(doc, blocks, named || boldName || fileName);
}

const chars = (pages: PageLines[]) => pages.reduce((n, p) => n + p.lines.reduce((k, l) => k + l.text.replace(/\s/g, '').length, 0), 0);

async function metaTitle(pdf: PdfDocumentLike): Promise<string> {
  try {
    const info = (await pdf.getMetadata?.())?.info as { Title?: unknown } | undefined;
    return typeof info?.Title === 'string' ? info.Title.trim() : '';
  } catch {
    return '';
  }
}

export async function extractPdf(pdfjs: PdfJsLike, bytes: Uint8Array, url: string, opts: PdfOptions): Promise<Result<ExtractedPage>> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
  if (bytes.length > maxBytes) return fail('too-large', problem('pdf.error.tooManyBytes', { size: mb(bytes.length), max: mb(maxBytes) }));
  let pdf: PdfDocumentLike;
  try {
    // pdfjs transfers (detaches) the buffer it is given: hand it a copy, the caller's bytes stay usable.
    pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, ...opts.documentParams }).promise;
  } catch (e) {
    if ((e as { name?: string })?.name === 'PasswordException') return fail('bad-file', problem('pdf.error.password'));
    return fail('bad-file', problem('pdf.error.unreadable', { detail: errorMessage(e) }));
  }
  try {
    if (pdf.numPages > maxPages) return fail('too-large', problem('pdf.error.tooManyPages', { pages: pdf.numPages, max: maxPages }));
    const pages = await readPages(pdf, opts.onProgress);
    // A scan has no text, or only a few stray characters per page (an OCR-less stamp, a page number).
    if (chars(pages) < Math.max(20, pages.length * 5)) return fail('no-text-layer', problem('pdf.error.noTextLayer'));
    // Text that is there but unreadable (fonts without a Unicode map) is refused too, saying so: a clip of it would
    // hold nothing search, highlights or exports could use, and its outline and title would be garbage.
    if (isGarbled(pages)) return fail('no-text-layer', problem('pdf.error.garbledText'));
    const doc = pagesToDocument(pages, opts.createDocument(), await metaTitle(pdf), nameFromUrl(url));
    const out = extractArticle(doc, url, { sanitize: opts.sanitize });
    if (!out.ok) return { ok: false, error: { code: out.code, message: out.message, key: out.key, params: out.params } };
    const page = out.page;
    // A report or filing with no 发文机关 and no signature names its issuer in a labelled line or its title; an
    // English rule or agenda prints its docket, dates and body where the page pipeline does not look.
    const more = pdfMeta(page.title, page.text, pages);
    const p = page.policy;
    const policy = {
      ...p,
      issuer: p.issuer || pdfIssuer(page.title, page.text) || more.issuer,
      docNumber: p.docNumber || more.docNumber,
      writtenDate: p.writtenDate || more.writtenDate,
      publishDate: p.publishDate || more.publishDate,
    };
    return ok({ ...page, policy, source: 'pdf', pageCount: pdf.numPages });
  } catch (e) {
    return fail('bad-file', problem('pdf.error.unreadable', { detail: errorMessage(e) }));
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
