/**
 * The background's request to Chrome's offscreen document to read a Word 附件 (./docx-read.ts), shaped like the PDF
 * one so the router's envelope check ignores it. Its own module: the service worker must not bundle mammoth.
 */
export interface OffscreenDocxRequest {
  clausemarkOffscreen: 'readDocx';
  url: string;
}

export const offscreenDocxRequest = (url: string): OffscreenDocxRequest => ({ clausemarkOffscreen: 'readDocx', url });

export function isOffscreenDocxRequest(m: unknown): m is OffscreenDocxRequest {
  const r = m as Partial<OffscreenDocxRequest> | null;
  return !!r && r.clausemarkOffscreen === 'readDocx' && typeof r.url === 'string' && /^https?:/i.test(r.url);
}
