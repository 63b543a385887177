import { describe, expect, it } from 'vitest';
import { fetchFile, type FetchLike } from '../../utils/clipper/pdf-fetch';
import { isPdfContentType, looksLikePdf, originPattern } from '../../utils/clipper/pdf-url';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF');
const serve =
  (body: BodyInit | null, init: ResponseInit = {}): FetchLike =>
  async () =>
    new Response(body, { status: 200, headers: { 'content-type': 'application/pdf' }, ...init });

describe('fetchFile (a PDF)', () => {
  it("returns the file's bytes, sending the browser's cookies", async () => {
    let asked: RequestInit | undefined;
    const r = await fetchFile(async (u, init) => ((asked = init), serve(PDF_BYTES)(u)), 'https://x.gov.cn/a.pdf', 1e6);
    expect(r.ok && r.value.kind).toBe('pdf');
    expect(r.ok && new TextDecoder().decode(r.value.bytes)).toMatch(/^%PDF-1\.7/);
    expect(asked?.credentials).toBe('include');
  });

  it('reports a refused request as no access to the site (the popup then offers to ask for it)', async () => {
    const cors: FetchLike = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchFile(cors, 'https://x.gov.cn/a.pdf', 1e6)).toMatchObject({
      ok: false,
      error: { code: 'pdf-access', key: 'pdf.error.noAccess' },
    });
    expect(await fetchFile(serve('no', { status: 403 }), 'https://x.gov.cn/a.pdf', 1e6)).toMatchObject({
      ok: false,
      error: { code: 'pdf-access' },
    });
  });

  it('says what the server answered when it has no file', async () => {
    const r = await fetchFile(serve('gone', { status: 404 }), 'https://x.gov.cn/a.pdf', 1e6);
    expect(r).toMatchObject({ ok: false, error: { key: 'pdf.error.fetchFailed', params: { status: 404 } } });
  });

  it('refuses an HTML page (a login form) and anything that is not a PDF', async () => {
    const login = serve('<html><form>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await fetchFile(login, 'https://x.gov.cn/a.pdf', 1e6)).toMatchObject({ ok: false, error: { key: 'pdf.error.notPdf' } });
    const junk = serve('PK\x03\x04 a zip', { headers: { 'content-type': 'application/octet-stream' } });
    expect(await fetchFile(junk, 'https://x.gov.cn/a.pdf', 1e6)).toMatchObject({ ok: false, error: { key: 'pdf.error.notPdf' } });
  });

  it('stops at the byte cap, from the declared length or the body', async () => {
    const declared = serve(PDF_BYTES, { headers: { 'content-type': 'application/pdf', 'content-length': String(80 * 1048576) } });
    expect(await fetchFile(declared, 'https://x.gov.cn/a.pdf', 60 * 1048576)).toMatchObject({
      ok: false,
      error: { code: 'too-large', params: { size: 80, max: 60 } },
    });
    expect(await fetchFile(serve(PDF_BYTES), 'https://x.gov.cn/a.pdf', 10)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('PDF addresses', () => {
  it.each([
    ['https://www.gov.cn/files/a.pdf', true],
    ['http://127.0.0.1:8080/A.PDF?download=1', true],
    ['https://www.gov.cn/a.htm', false],
    ['https://www.gov.cn/pdf', false],
    ['file:///tmp/a.pdf', false],
    ['not a url', false],
  ])('%s looks like a PDF: %s', (url, yes) => expect(looksLikePdf(url)).toBe(yes));

  it('reads the Content-Type', () => {
    expect(isPdfContentType('application/pdf; charset=binary')).toBe(true);
    expect(isPdfContentType('application/x-pdf')).toBe(true);
    expect(isPdfContentType('text/html')).toBe(false);
    expect(isPdfContentType(null)).toBe(false);
  });

  it('asks for one site, never a scheme or every site', () => {
    expect(originPattern('https://www.gov.cn:8443/files/a.pdf?x=1')).toBe('https://www.gov.cn/*');
    expect(originPattern('file:///tmp/a.pdf')).toBeNull();
  });
});
