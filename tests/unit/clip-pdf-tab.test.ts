import { afterEach, describe, expect, it } from 'vitest';
import { ClausemarkDB } from '../../utils/db';
import { clipLinkedFile, clipTab, type ClipDeps } from '../../utils/clipper/clip-tab';
import { fail, ok, problem } from '../../utils/result';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const PDF = 'https://www.gov.cn/files/notice.pdf';

/** A tab at `url`; records what was injected and which PDFs were read. */
function deps(url: string, over: Partial<ClipDeps> = {}) {
  const db = new ClausemarkDB(`clip-pdf-${Math.random()}`);
  dbs.push(db);
  const calls = { injected: 0, pdfs: [] as string[], probed: [] as string[] };
  const d: ClipDeps = {
    db,
    getTabUrl: async () => url,
    inject: async () => (calls.injected++, { ok: true, value: makePage({ url }) }),
    readPdf: async (u) => (calls.pdfs.push(u), ok({ ...makePage({ url: u, title: '通知（PDF）' }), source: 'pdf' as const, pageCount: 3 })),
    servesPdf: async (u) => (calls.probed.push(u), false),
    ...over,
  };
  return { d, calls };
}

describe('clipping a PDF tab', () => {
  it('reads a .pdf tab from its address, without a page script, and stores it like a page', async () => {
    const { d, calls } = deps(PDF);
    const r = await clipTab(d, 7, 'article');
    expect(r).toMatchObject({ ok: true, value: { created: true, title: '通知（PDF）' } });
    expect(calls).toEqual({ injected: 0, pdfs: [PDF], probed: [] });
    expect((await d.db.clips.toArray()).map((c) => c.url)).toEqual([PDF]);
  });

  it('asks whether an address without .pdf serves one only when the page could not be read', async () => {
    const url = 'https://www.gov.cn/download?id=42';
    const refused = { inject: async () => Promise.reject(new Error('Cannot access contents of the page.')) };
    const yes = deps(url, { ...refused, servesPdf: async () => true });
    expect(await clipTab(yes.d, 7, 'article')).toMatchObject({ ok: true, value: { title: '通知（PDF）' } });
    expect(yes.calls.pdfs).toEqual([url]);

    const no = deps(url, refused);
    expect(await clipTab(no.d, 7, 'article')).toMatchObject({ ok: false });
    expect(no.calls).toMatchObject({ pdfs: [], probed: [url] });

    const page = deps('https://www.gov.cn/a.htm');
    expect(await clipTab(page.d, 7, 'article')).toMatchObject({ ok: true });
    expect(page.calls).toEqual({ injected: 1, pdfs: [], probed: [] });
  });

  it("passes the reader's error on (no access to the file, no text layer) and stores nothing", async () => {
    const { d } = deps(PDF, { readPdf: async () => fail('pdf-access', problem('pdf.error.noAccess', { detail: 'Failed to fetch' })) });
    expect(await clipTab(d, 7, 'article')).toMatchObject({ ok: false, error: { code: 'pdf-access', key: 'pdf.error.noAccess' } });
    expect(await d.db.clips.count()).toBe(0);
  });

  it('clips a linked PDF by its address', async () => {
    const { d, calls } = deps('https://www.gov.cn/a.htm');
    const linked = 'https://www.gov.cn/files/attachment1.pdf';
    expect(await clipLinkedFile(d, linked, 7)).toMatchObject({ ok: true, value: { created: true } });
    expect(calls).toMatchObject({ injected: 0, pdfs: [linked] });
  });

  it('refuses a linked .doc at once, with how to convert it, reading nothing', async () => {
    const { d, calls } = deps('https://www.gov.cn/a.htm');
    expect(await clipLinkedFile(d, 'https://www.gov.cn/files/old.DOC', 7)).toMatchObject({
      ok: false,
      error: { code: 'bad-file', key: 'docx.error.oldWord' },
    });
    expect(calls).toMatchObject({ injected: 0, pdfs: [] });
  });

  it('without a PDF reader a .pdf tab is tried as a page, and its refusal explained', async () => {
    const { d } = deps(PDF, {
      readPdf: undefined,
      inject: async () => Promise.reject(new Error('Cannot access "https://www.gov.cn/files/notice.pdf"')),
    });
    expect(await clipTab(d, 7, 'article')).toMatchObject({ ok: false, error: { key: 'page.blocked.pdf' } });
  });
});
