/**
 * Messages of PDF clipping outside the request/response protocol (utils/messaging): the background asks the
 * offscreen document to read a PDF, and whoever reads it broadcasts its progress (the popup shows it). Both are
 * shaped so the router's envelope check ignores them.
 */
import type { ExtractedPage } from '../model';
import type { Result } from '../result';

export interface OffscreenPdfRequest {
  clausemarkOffscreen: 'readPdf';
  url: string;
  tabId: number;
}

export interface PdfProgress {
  clausemarkPdfProgress: { tabId: number; done: number; total: number };
}

export const offscreenPdfRequest = (url: string, tabId: number): OffscreenPdfRequest => ({ clausemarkOffscreen: 'readPdf', url, tabId });

export function isOffscreenPdfRequest(m: unknown): m is OffscreenPdfRequest {
  const r = m as Partial<OffscreenPdfRequest> | null;
  return !!r && r.clausemarkOffscreen === 'readPdf' && typeof r.url === 'string' && /^https?:/i.test(r.url) && Number.isInteger(r.tabId);
}

export const pdfProgress = (tabId: number, done: number, total: number): PdfProgress => ({ clausemarkPdfProgress: { tabId, done, total } });

export function readPdfProgress(m: unknown): PdfProgress['clausemarkPdfProgress'] | null {
  const p = (m as Partial<PdfProgress> | null)?.clausemarkPdfProgress;
  return p && Number.isInteger(p.tabId) && Number.isFinite(p.done) && Number.isFinite(p.total) ? p : null;
}

/** What came back from the offscreen document: a Result, or nothing when it was not there to answer. */
export function isPageResult(v: unknown): v is Result<ExtractedPage> {
  const r = v as { ok?: unknown; value?: { html?: unknown }; error?: { message?: unknown } } | null;
  return !!r && (r.ok === true ? typeof r.value?.html === 'string' : r.ok === false && typeof r.error?.message === 'string');
}
