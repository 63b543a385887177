import { browser } from 'wxt/browser';
import { isPageResult, offscreenPdfRequest, pdfProgress } from '../../utils/clipper/pdf-messages';
import { progressThrottle } from '../../utils/clipper/pdf-progress';
import { isPdfContentType } from '../../utils/clipper/pdf-url';
import type { ExtractedPage } from '../../utils/model';
import { errorMessage, fail, problem, type Result } from '../../utils/result';

interface OffscreenApi {
  hasDocument?(): Promise<boolean>;
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

let creating: Promise<void> | undefined;
/** PDFs being read: the offscreen document (PDF.js, ~2 MB of code and the file's pages) is closed when none is. */
let reading = 0;
let closing: Promise<void> = Promise.resolve();
const offscreenApi = () => (globalThis as unknown as { chrome: { offscreen: OffscreenApi } }).chrome.offscreen;

/** One offscreen document, made on the first PDF: PDF.js and the article pipeline need a DOM the worker lacks. */
async function ensureOffscreen(): Promise<void> {
  const off = offscreenApi();
  await closing; // a read starting while the last one's document closes waits for it to be gone
  if (await off.hasDocument?.()) return;
  creating ??= off
    .createDocument({
      url: '/offscreen.html',
      reasons: ['DOM_PARSER'],
      justification: 'Read a PDF or Word file the user clips (PDF.js, mammoth).',
    })
    .catch((e: unknown) => {
      // made by a call that raced this one
      if (!/single offscreen|only a single/i.test(errorMessage(e))) throw e;
    })
    .finally(() => (creating = undefined));
  await creating;
}

/** Read a PDF or Word file by its address in an extension page: Firefox's background page itself, else the offscreen document. */
export async function readPdf(url: string, tabId: number): Promise<Result<ExtractedPage>> {
  try {
    if (import.meta.env.FIREFOX) {
      const { readFileHere } = await import('../../utils/clipper/pdfjs-browser');
      const report = progressThrottle((done, total) => void browser.runtime.sendMessage(pdfProgress(tabId, done, total)).catch(() => {}));
      return await readFileHere(
        { document, fetch: (u, init) => fetch(u, init), assetUrl: (path) => browser.runtime.getURL(path as '/') },
        url,
        report,
      );
    }
    reading++;
    try {
      await ensureOffscreen();
      const res: unknown = await browser.runtime.sendMessage(offscreenPdfRequest(url, tabId));
      return isPageResult(res) ? res : fail('internal', problem('pdf.error.unreadable', { detail: 'no answer' }));
    } finally {
      if (--reading === 0)
        await offscreenApi()
          .closeDocument()
          .catch(() => {});
    }
  } catch (e) {
    return fail('internal', problem('pdf.error.unreadable', { detail: errorMessage(e) }));
  }
}

/** Whether an address without .pdf serves a PDF: its Content-Type, from a HEAD request. */
export async function servesPdf(url: string): Promise<boolean> {
  const res = await fetch(url, { method: 'HEAD', credentials: 'include' });
  return isPdfContentType(res.headers.get('content-type'));
}
