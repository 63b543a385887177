import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { readFileAt, type PdfReadDeps } from '../../utils/clipper/pdf-read';
import { isOffscreenPdfRequest, isPageResult, offscreenPdfRequest, pdfProgress, readPdfProgress } from '../../utils/clipper/pdf-messages';
import { progressThrottle } from '../../utils/clipper/pdf-progress';
import type { PdfJsLike } from '../../utils/pdf';
import { loadPdfjs, NODE_DOCUMENT_PARAMS } from '../../scripts/lib/pdf-node';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'pdf', 'zh-law', 'source.pdf');
const DOCX = join(import.meta.dirname, '..', 'fixtures', 'pdf', 'zh-notice-docx', 'source.docx');
const loadDocx: PdfReadDeps['loadDocx'] = async () => (await import('../../utils/docx/document')).docxDocument;
const URL_ = 'https://www.example.gov.cn/files/law.pdf';
const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const serveFile: PdfReadDeps['fetch'] = async () =>
  new Response(new Uint8Array(readFileSync(FIXTURE)), { headers: { 'content-type': 'application/pdf' } });

describe('readPdfAt: fetch, then PDF.js, then the article pipeline', () => {
  it('clips a printed law from its address, reporting the pages read', async () => {
    const progress: number[][] = [];
    const r = await readFileAt(
      {
        fetch: serveFile,
        loadPdfjs,
        loadDocx,
        createDocument,
        cMapUrl: NODE_DOCUMENT_PARAMS.cMapUrl,
        onProgress: (d, t) => progress.push([d, t]),
      },
      URL_,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ title: '某某市生活垃圾分类管理条例', source: 'pdf', url: URL_ });
    expect(r.value.outline.some((e) => e.label === '第一章')).toBe(true);
    const total = r.value.pageCount!;
    expect(total).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('asks PDF.js for nothing remote: no font faces, no system fonts, no eval; the bundled CMaps', async () => {
    const params: Record<string, unknown>[] = [];
    const spy: PdfJsLike = {
      getDocument: (src) => (params.push(src), { promise: Promise.reject(new Error('stop')) }),
    };
    await readFileAt(
      { fetch: serveFile, loadPdfjs: async () => spy, loadDocx, createDocument, cMapUrl: 'chrome-extension://id/pdfjs/cmaps/' },
      URL_,
    );
    expect(params[0]).toMatchObject({
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      cMapUrl: 'chrome-extension://id/pdfjs/cmaps/',
      cMapPacked: true,
    });
  });

  it('does not load PDF.js when the download failed', async () => {
    const load = vi.fn(loadPdfjs);
    const r = await readFileAt(
      { fetch: async () => Promise.reject(new TypeError('Failed to fetch')), loadPdfjs: load, loadDocx, createDocument },
      URL_,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'pdf-access' } });
    expect(load).not.toHaveBeenCalled();
  });
});

describe('readFileAt: a Word file by the same road', () => {
  const docxBytes = () => new Uint8Array(readFileSync(DOCX));

  it('clips a .docx sent as octet-stream from a download handler: mammoth, not PDF.js, and the page pipeline', async () => {
    const pdfjs = vi.fn(loadPdfjs);
    const docx = vi.fn(loadDocx);
    const progress: number[][] = [];
    const r = await readFileAt(
      {
        fetch: async () => new Response(docxBytes(), { headers: { 'content-type': 'application/octet-stream' } }),
        loadPdfjs: pdfjs,
        loadDocx: docx,
        createDocument,
        onProgress: (d, t) => progress.push([d, t]),
      },
      'https://www.example.gov.cn/download?id=42',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ source: 'docx', url: 'https://www.example.gov.cn/download?id=42' });
    expect(r.value.outline.length).toBeGreaterThan(2);
    // the notice's own title and numbered headings (was tests/unit/docx-read.test.ts, the 附件 branch's Word reader)
    expect(r.value.title).toBe('某某省交通运输厅关于做好2025年度农村公路养护工作的通知');
    expect(r.value.outline.map((e) => e.label)).toContain('一、');
    expect(pdfjs).not.toHaveBeenCalled();
    expect(docx).toHaveBeenCalledOnce();
    expect(progress).toEqual([
      [0, 0],
      [1, 1],
    ]); // no pages to count: the popup shows an indeterminate bar until the end
  });

  it('does not load mammoth for a PDF', async () => {
    const docx = vi.fn(loadDocx);
    const r = await readFileAt(
      { fetch: serveFile, loadPdfjs, loadDocx: docx, createDocument, cMapUrl: NODE_DOCUMENT_PARAMS.cMapUrl },
      URL_,
    );
    expect(r).toMatchObject({ ok: true, value: { source: 'pdf' } });
    expect(docx).not.toHaveBeenCalled();
  });

  it('holds a Word file to the same byte cap', async () => {
    const r = await readFileAt(
      { fetch: async () => new Response(docxBytes()), loadPdfjs, loadDocx, createDocument, maxBytes: 1000 },
      'https://www.example.gov.cn/a.docx',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large', key: 'pdf.error.tooManyBytes' } });
  });
});

describe('PDF messages', () => {
  it('accepts only well-formed offscreen requests for web addresses', () => {
    expect(isOffscreenPdfRequest(offscreenPdfRequest(URL_, 4))).toBe(true);
    expect(isOffscreenPdfRequest(offscreenPdfRequest('file:///etc/passwd', 4))).toBe(false);
    expect(isOffscreenPdfRequest({ type: 'clipTab', data: {} })).toBe(false);
    expect(isOffscreenPdfRequest({ ...offscreenPdfRequest(URL_, 4), tabId: '4' })).toBe(false);
  });

  it('reads progress and results back', () => {
    expect(readPdfProgress(pdfProgress(4, 2, 10))).toEqual({ tabId: 4, done: 2, total: 10 });
    expect(readPdfProgress({ clausemarkPdfProgress: { tabId: 4 } })).toBeNull();
    expect(isPageResult({ ok: false, error: { message: 'x' } })).toBe(true);
    expect(isPageResult({ ok: true, value: { html: '<p>' } })).toBe(true);
    expect(isPageResult(undefined)).toBe(false);
    expect(isPageResult({ ok: true })).toBe(false);
  });

  it('sends progress at most every 100 ms, but always the first and last page', () => {
    let t = 0;
    const sent: number[] = [];
    const report = progressThrottle(
      (d) => sent.push(d),
      100,
      () => t,
    );
    for (let d = 1; d <= 300; d++) {
      report(d, 300);
      t += 10;
    }
    expect(sent[0]).toBe(1);
    expect(sent.at(-1)).toBe(300);
    expect(sent.length).toBeLessThan(40);
  });
});
