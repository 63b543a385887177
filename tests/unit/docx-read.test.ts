/** A Word 附件 downloaded and read in an extension page (issue 18): the checks before mammoth, and the real fixture. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { fetchDocx, readDocxHere } from '../../utils/clipper/docx-read';
import { isOffscreenDocxRequest, offscreenDocxRequest } from '../../utils/clipper/docx-request';
import type { FetchLike } from '../../utils/clipper/pdf-fetch';

const DOCX = new Uint8Array(readFileSync(new URL('../fixtures/pdf/zh-notice-docx/source.docx', import.meta.url)));
const serve =
  (body: BodyInit | null, init: ResponseInit = {}): FetchLike =>
  async () =>
    new Response(body, { status: 200, headers: { 'content-type': 'application/octet-stream' }, ...init });
const URL_ = 'https://jtt.example.gov.cn/files/P020250312.docx';

describe('fetchDocx', () => {
  it('refuses what is not a Word file, a refused request, an error status and a file over the cap', async () => {
    expect(await fetchDocx(serve('<html>登录</html>', { headers: { 'content-type': 'text/html' } }), URL_)).toMatchObject({
      ok: false,
      error: { code: 'bad-file', key: 'attach.error.notDocx' },
    });
    expect(await fetchDocx(async () => Promise.reject(new TypeError('Failed to fetch')), URL_)).toMatchObject({
      ok: false,
      error: { code: 'pdf-access', key: 'attach.error.noAccess' },
    });
    expect(await fetchDocx(serve('x', { status: 404 }), URL_)).toMatchObject({ ok: false, error: { key: 'attach.error.fetchFailed' } });
    expect(await fetchDocx(serve(DOCX), URL_, 1000)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('readDocxHere', () => {
  it('clips the notice fixture as a Word document, with its title and outline', async () => {
    const dom = parseHtml('<!doctype html><html><body></body></html>');
    const r = await readDocxHere({ document: dom.window.document, fetch: serve(DOCX) }, URL_);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.source).toBe('docx');
    expect(r.value.title).toBe('某某省交通运输厅关于做好2025年度农村公路养护工作的通知');
    expect(r.value.outline.map((e) => e.label)).toContain('一、');
  });

  it('is asked for with a message the PDF reader and the router leave alone', () => {
    expect(isOffscreenDocxRequest(offscreenDocxRequest(URL_))).toBe(true);
    expect(isOffscreenDocxRequest({ clausemarkOffscreen: 'readDocx', url: 'file:///etc/passwd' })).toBe(false);
    expect(isOffscreenDocxRequest({ clausemarkOffscreen: 'readPdf', url: URL_ })).toBe(false);
  });
});
