/** Which reader a linked file goes to (issue 18): by its address, else its Content-Type, in the end its bytes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindFromBytes, kindFromContentType, kindFromUrl, LINKED_FILE_PATTERNS } from '../../utils/clipper/doc-kind';
import { fetchFile, type FetchLike } from '../../utils/clipper/pdf-fetch';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const DOCX = new Uint8Array(readFileSync(join(FIXTURES, 'zh-notice-docx', 'source.docx')));
const PDF = new Uint8Array(readFileSync(join(FIXTURES, 'zh-notice', 'source.pdf')));
/** the first bytes of an OLE2 compound file, as a .doc starts */
const DOC = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0);
const ascii = (s: string) => new TextEncoder().encode(s);
/** a zip holding no word/ part (a spreadsheet, an archive) */
const XLSX_LIKE = ascii('PK\x03\x04\x14\x00\x00\x00xl/workbook.xml....PK\x05\x06');

describe('kind by address', () => {
  it.each([
    ['https://www.gov.cn/files/附件1.pdf', 'pdf'],
    ['https://www.gov.cn/files/a.PDF?download=1', 'pdf'],
    ['https://www.gov.cn/files/notice.docx', 'docx'],
    ['http://127.0.0.1:8080/F/NOTICE.DOCX#x', 'docx'],
    ['https://www.gov.cn/files/old.doc', 'doc'],
    ['https://www.gov.cn/download?id=42&name=a.docx', null], // the query is not the path: unclear, the response decides
    ['https://www.gov.cn/files/a.docx.html', null],
    ['https://www.gov.cn/a.htm', null],
    ['file:///tmp/a.docx', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, kind) => expect(kindFromUrl(url)).toBe(kind));
});

describe('kind by Content-Type', () => {
  it.each([
    ['application/pdf', 'pdf'],
    ['application/x-pdf; charset=binary', 'pdf'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['Application/VND.openxmlformats-officedocument.wordprocessingml.document; name="a.docx"', 'docx'],
    ['application/msword', 'doc'],
    ['application/octet-stream', null],
    ['application/zip', null],
    ['text/html; charset=utf-8', null],
    [null, null],
  ])('%s → %s', (type, kind) => expect(kindFromContentType(type)).toBe(kind));
});

describe('kind by magic bytes', () => {
  it('knows a PDF by %PDF- (within the first kilobyte), a Word file by a zip with word/ parts, a .doc by OLE2', () => {
    expect(kindFromBytes(PDF)).toBe('pdf');
    expect(kindFromBytes(new Uint8Array([...ascii('\n\n junk before '), ...PDF]))).toBe('pdf');
    expect(kindFromBytes(DOCX)).toBe('docx');
    expect(kindFromBytes(DOC)).toBe('doc');
  });

  it('takes nothing else for one of them: another zip, HTML, an empty body', () => {
    expect(kindFromBytes(XLSX_LIKE)).toBeNull();
    expect(kindFromBytes(ascii('<!DOCTYPE html><html><body>Please log in'))).toBeNull();
    expect(kindFromBytes(new Uint8Array())).toBeNull();
    expect(kindFromBytes(ascii(`${' '.repeat(2000)}%PDF-1.7`))).toBeNull();
  });
});

/** A server answering every request with `body` and these headers; counts the requests. */
function server(body: Uint8Array | string, headers: Record<string, string> = {}) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => (calls.push(url), new Response(body as BodyInit, { status: 200, headers }));
  return { fetch, calls };
}
const OCTET = { 'content-type': 'application/octet-stream' };

describe('fetchFile routes a download by its bytes, and explains what it cannot read', () => {
  it('a .docx link → the Word reader; a download handler with no extension too, whatever it is sent as', async () => {
    for (const [url, headers] of [
      [
        'https://www.gov.cn/files/notice.docx',
        { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      ],
      ['https://www.gov.cn/download?id=42', OCTET],
      ['https://www.gov.cn/download?id=43', {}],
    ] as const) {
      const r = await fetchFile(server(DOCX, headers).fetch, url, 1e8);
      expect(r.ok && r.value.kind, url).toBe('docx');
    }
    const pdf = await fetchFile(server(PDF, OCTET).fetch, 'https://www.gov.cn/download?id=44', 1e8);
    expect(pdf.ok && pdf.value.kind).toBe('pdf');
  });

  it('believes the bytes over the address: a PDF served at a .docx address is read as a PDF', async () => {
    const r = await fetchFile(server(PDF, OCTET).fetch, 'https://www.gov.cn/files/a.docx', 1e8);
    expect(r.ok && r.value.kind).toBe('pdf');
  });

  it('refuses an old .doc with the way out (save as .docx): by address before downloading, by type, by bytes', async () => {
    const byUrl = server(DOC, OCTET);
    expect(await fetchFile(byUrl.fetch, 'https://www.gov.cn/files/old.doc', 1e8)).toMatchObject({
      ok: false,
      error: { code: 'bad-file', key: 'docx.error.oldWord' },
    });
    expect(byUrl.calls).toEqual([]);
    expect(await fetchFile(server(DOC, { 'content-type': 'application/msword' }).fetch, 'https://www.gov.cn/dl?id=1', 1e8)).toMatchObject({
      ok: false,
      error: { key: 'docx.error.oldWord' },
    });
    expect(await fetchFile(server(DOC, OCTET).fetch, 'https://www.gov.cn/dl?id=2', 1e8)).toMatchObject({
      ok: false,
      error: { key: 'docx.error.oldWord' },
    });
  });

  it('a login page or another zip where a Word file was expected is "not a Word file"; at a .pdf address, "not a PDF"', async () => {
    const login = server('<html><form>', { 'content-type': 'text/html; charset=utf-8' });
    expect(await fetchFile(login.fetch, 'https://www.gov.cn/files/a.docx', 1e8)).toMatchObject({
      ok: false,
      error: { key: 'docx.error.notDocument' },
    });
    expect(await fetchFile(server(XLSX_LIKE, OCTET).fetch, 'https://www.gov.cn/files/a.docx', 1e8)).toMatchObject({
      ok: false,
      error: { key: 'docx.error.notDocument' },
    });
    expect(await fetchFile(server(DOCX, OCTET).fetch, 'https://www.gov.cn/files/a.pdf', 1e8)).toMatchObject({ ok: true });
    expect(await fetchFile(login.fetch, 'https://www.gov.cn/files/a.pdf', 1e8)).toMatchObject({
      ok: false,
      error: { key: 'pdf.error.notPdf' },
    });
  });

  it('holds a Word file to the same byte cap as a PDF, declared or counted', async () => {
    const declared = server(DOCX, { ...OCTET, 'content-length': String(80 * 1048576) });
    expect(await fetchFile(declared.fetch, 'https://www.gov.cn/a.docx', 60 * 1048576)).toMatchObject({
      ok: false,
      error: { code: 'too-large', params: { size: 80, max: 60 } },
    });
    expect(await fetchFile(server(DOCX, OCTET).fetch, 'https://www.gov.cn/a.docx', 100)).toMatchObject({
      ok: false,
      error: { code: 'too-large', key: 'pdf.error.tooManyBytes' },
    });
  });
});

describe('the link menu', () => {
  // A match pattern's path part is a glob where only * is special.
  const matches = (url: string) =>
    LINKED_FILE_PATTERNS.some((p) => {
      const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(p)!;
      const u = new URL(url);
      const glob = new RegExp(`^${path!.replace(/[.?#]/g, '\\$&').replace(/\*/g, '.*')}$`);
      return (scheme === '*' || `${scheme}:` === u.protocol) && host === '*' && glob.test(u.pathname + u.search + u.hash);
    });

  it('offers "Clip linked document" on links to .pdf, .docx and .doc files, and on nothing else', () => {
    expect(matches('https://www.gov.cn/zhengce/files/附件1.pdf')).toBe(true);
    expect(matches('https://www.gov.cn/files/a.PDF?t=1')).toBe(true);
    expect(matches('https://www.gov.cn/files/附件2.docx')).toBe(true);
    expect(matches('https://www.gov.cn/files/A.DOCX?v=2')).toBe(true);
    expect(matches('https://www.gov.cn/files/old.doc')).toBe(true); // to say how to convert it
    expect(matches('https://www.gov.cn/files/a.pdf.html')).toBe(false);
    expect(matches('https://www.gov.cn/files/a.docx.htm')).toBe(false);
    expect(matches('https://www.gov.cn/files/a.htm')).toBe(false);
    expect(matches('https://www.gov.cn/files/a.xlsx')).toBe(false);
  });
});
