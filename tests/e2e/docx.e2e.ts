/**
 * Files linked from a page, clipped through the link's real context menu on the production build (no host
 * permission: only what the menu click grants): a Word file (tests/fixtures/pdf/zh-notice-docx, sent as a download
 * handler sends it), a PDF and an old .doc. The menu is Chromium's own, opened with a right click and chosen with
 * the keyboard as X events under Xvfb. Then the library shows "Word" / "PDF · N pages" on the rows, and the reader
 * the Word file's 一、/（一） outline.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_PROD,
  launchWithExtension,
  openPopup,
  readClips,
  readStores,
  ROOT,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pdf');
const DOCX_TITLE = '某某省交通运输厅关于做好2025年度农村公路养护工作的通知';
const PAGE_TITLE = 'Attachments of a notice';
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

/** A notice page linking its attachments; the files are sent as octet-stream, as download handlers often do. */
function server(): { server: Server; hits: string[]; url: (path: string) => string } {
  const hits: string[] = [];
  const files: Record<string, [string, Buffer]> = {
    '/files/notice.docx': ['application/octet-stream', readFileSync(join(FIXTURES, 'zh-notice-docx', 'source.docx'))],
    '/files/notice.pdf': ['application/pdf', readFileSync(join(FIXTURES, 'zh-notice', 'source.pdf'))],
    '/files/old.doc': ['application/msword', OLE],
  };
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${PAGE_TITLE}</title>
    <style>a { display: block; font-size: 28px; margin: 40px; }</style></head><body>
    <a id="docx" href="/files/notice.docx">Attachment 1 (Word)</a>
    <a id="pdf" href="/files/notice.pdf">Attachment 2 (PDF)</a>
    <a id="doc" href="/files/old.doc">Attachment 3 (old Word)</a></body></html>`;
  const srv = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const path = req.url?.split('?')[0] ?? '';
    if (path === '/notice.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    const file = files[path];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': file[0],
      'content-length': file[1].length,
      'content-disposition': 'attachment',
      'cache-control': 'no-store',
    });
    res.end(file[1]);
  });
  return { server: srv, hits, url: (p) => `http://127.0.0.1:${(srv.address() as { port: number }).port}${p}` };
}

/**
 * Right-click the link as a user would (X events at its place on the screen) and choose our item from Chromium's
 * menu with the keyboard: ↑ from the menu's end goes to "Inspect", ↑ again to the extension's item above it.
 */
async function chooseLinkMenuItem(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  const ids = execFileSync('xdotool', ['search', '--name', PAGE_TITLE], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  execFileSync('xdotool', ['windowfocus', '--sync', ids[ids.length - 1]!]);
  await page.focus(selector);
  // the keyboard's menu key opens the context menu of the focused element: the link's
  const x = (...args: string[]) => execFileSync('xdotool', args);
  x('sleep', '0.3');
  x('key', 'Menu');
  x('sleep', '1');
  for (const k of ['Up', 'Up', 'Return']) {
    x('key', k);
    x('sleep', '0.2');
  }
}

describe(
  'linked Word and PDF files (production build, the real link menu)',
  { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
  () => {
    let b: Browser;
    let srv: ReturnType<typeof server>;
    before(async () => {
      srv = server();
      await new Promise<void>((r) => srv.server.listen(0, '127.0.0.1', r));
      b = await launchWithExtension(BUILD_PROD);
    });
    after(async () => {
      await b?.close();
      await new Promise((r) => srv.server.close(r));
    });

    it('clips a linked .docx and a linked .pdf from the menu, refuses a .doc, and shows what each was', async () => {
      const page = await b.context.newPage();
      await page.goto(srv.url('/notice.html'));
      const tabId = await tabIdOf(b, page);
      const probe = await openPopup(b, tabId);
      const clipOf = async (path: string) => (await readClips(probe)).find((c) => c.url === srv.url(path));
      const outcome = () => b.sw.evaluate((id) => chrome.storage.session.get(`outcome:${id}`), tabId);

      // Under load a menu or a key can go astray: try again until the clip is stored.
      const viaMenu = async (selector: string, path: string) => {
        for (let attempt = 1; attempt <= 3; attempt++) {
          await chooseLinkMenuItem(page, selector);
          const got = await waitFor(() => clipOf(path), `the clip of ${path}`, 20_000).catch(() => undefined);
          if (got) return got;
        }
        throw new Error(`${path} not clipped; server saw ${JSON.stringify(srv.hits)}; outcome ${JSON.stringify(await outcome())}`);
      };

      const word = await viaMenu('#docx', '/files/notice.docx');
      assert.equal(word.title, DOCX_TITLE);
      assert.ok(word.text!.includes('总体要求'), 'the text of the notice');
      const pdf = await viaMenu('#pdf', '/files/notice.pdf');
      assert.ok(pdf.text!.includes('总体要求'));
      const rows = (await readStores(probe, ['clips'])).clips as { url: string; source?: string; pageCount?: number }[];
      const stored = new Map(rows.map((r) => [r.url, r]));
      assert.equal(stored.get(srv.url('/files/notice.docx'))?.source, 'docx');
      assert.equal(stored.get(srv.url('/files/notice.pdf'))?.source, 'pdf');
      const pages = stored.get(srv.url('/files/notice.pdf'))!.pageCount!;
      assert.ok(pages >= 1);

      // The old .doc: nothing stored, and the outcome says how to convert it.
      await chooseLinkMenuItem(page, '#doc');
      const said = await waitFor(async () => {
        const o = (await outcome())[`outcome:${tabId}`] as { result?: { ok: boolean; error?: { key?: string } } } | undefined;
        return o?.result?.ok === false && o.result.error?.key === 'docx.error.oldWord' ? o : null;
      }, 'the .doc refusal');
      assert.ok(said);
      assert.equal(await clipOf('/files/old.doc'), undefined);
      assert.ok(!srv.hits.includes('GET /files/old.doc'), 'the .doc was never downloaded');

      // The popup's library rows say what each clip was.
      await probe.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}&lang=en`);
      // (the notice is the same document in both files: the rows differ by what they were)
      const rowOf = (medium: string) => probe.locator('.clip-row', { has: probe.locator('.clip-medium', { hasText: medium }) });
      await rowOf('Word').first().waitFor();
      assert.equal(await rowOf('Word').count(), 1, 'the Word row says "Word"');
      assert.equal(await rowOf(`PDF · ${pages} pages`).count(), 1, 'the PDF row says "PDF · N pages"');
      assert.equal(await probe.locator('.clip-row').count(), 2);
      assert.ok(((await rowOf('Word').textContent()) ?? '').includes(DOCX_TITLE));
      // The last outcome (the .doc) is shown when the popup opens on the tab: what to do about it.
      await probe.getByText('This is an old Word file (.doc)').waitFor();
      await probe.screenshot({ path: artifact('docx-popup-library.png'), fullPage: true });

      // The reader: the Word file's outline, and "Word" in its card.
      const reader = await b.context.newPage();
      await reader.goto(`chrome-extension://${b.extId}/reader.html?clip=${word.id}&lang=en`);
      const nav = reader.getByRole('navigation').filter({ hasText: '总体要求' }).first();
      await nav.waitFor();
      for (const title of ['总体要求', '指导思想', '重点任务']) assert.ok(((await nav.textContent()) ?? '').includes(title), title);
      assert.equal(
        (
          (await reader
            .locator('.reader-meta-row', { has: reader.locator('dt', { hasText: /^File$/ }) })
            .locator('dd')
            .textContent()) ?? ''
        ).trim(),
        'Word',
      );
      await reader.screenshot({ path: artifact('docx-reader.png') });
    });
  },
);
