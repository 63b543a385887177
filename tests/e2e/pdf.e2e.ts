/**
 * A PDF in Chromium's viewer, clipped with the real shortcut on the production build (no host permission: only what
 * the key press grants): the law fixture printed to PDF here by headless Chromium, served on 127.0.0.1, opened in
 * the viewer (headed under Xvfb), Alt+Shift+S pressed as X key events. Then the popup shows its 第X章/第X条
 * outline, the reader shows it reflowed with "view original page N" links and takes a highlight, and it exports.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { printPdf } from '../../scripts/make-pdf-fixtures';
import {
  artifact,
  BUILD_PROD,
  launchWithExtension,
  openPopup,
  pressKeys,
  readClips,
  ROOT,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const CASE = join(ROOT, 'tests', 'fixtures', 'pdf', 'zh-law');
const TITLE = '某某市生活垃圾分类管理条例';
const PATH = '/files/law.pdf';

/** Serves the PDF as a web server would (application/pdf, no CORS headers); counts the requests for it. */
function pdfServer(bytes: Uint8Array): { server: Server; hits: string[]; url: () => string } {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    if (req.url?.split('?')[0] !== PATH) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': bytes.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(bytes));
  });
  return { server, hits, url: () => `http://127.0.0.1:${(server.address() as { port: number }).port}${PATH}` };
}

/** xdotool search fails (exit 1) when nothing matches. */
function hasWindow(name: string): boolean {
  try {
    return !!execFileSync('xdotool', ['search', '--name', name], { encoding: 'utf8' }).trim();
  } catch {
    return false;
  }
}

describe(
  'a PDF in the browser viewer (production build, real shortcut)',
  { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
  () => {
    let b: Browser;
    let srv: ReturnType<typeof pdfServer>;
    before(async () => {
      const print = JSON.parse(readFileSync(join(CASE, 'print.json'), 'utf8')) as { header?: string; footer?: string };
      srv = pdfServer(await printPdf(readFileSync(join(CASE, 'source.html'), 'utf8'), print));
      await new Promise<void>((r) => srv.server.listen(0, '127.0.0.1', r));
      b = await launchWithExtension(BUILD_PROD);
    });
    after(async () => {
      await b?.close();
      await new Promise((r) => srv.server.close(r));
    });

    it('clips it with Alt+Shift+S, outlines it in the popup, reads, highlights and exports it', async () => {
      const page = await b.context.newPage();
      await page.goto(srv.url());
      await page.waitForTimeout(1500); // the viewer loads the file
      const tabId = await tabIdOf(b, page);
      // The viewer's tab (and so the window) is titled by the PDF's own title, or else by its file name.
      const windowTitle = () => {
        for (const t of [TITLE, 'law.pdf']) if (hasWindow(t)) return t;
        throw new Error('no window showing the PDF');
      };
      const probe = await openPopup(b, tabId);
      const clips = async () => (await readClips(probe)).filter((c) => c.url === srv.url());
      // Under load a key press can reach the window before it has focus: press again until the clip is stored.
      for (let attempt = 1; attempt <= 4 && !(await clips()).length; attempt++) {
        await page.bringToFront();
        pressKeys(windowTitle(), 'alt+shift+s');
        await waitFor(async () => (await clips()).length > 0, 'the PDF clip to be stored', 15_000).catch(async (e: unknown) => {
          if (attempt < 4) return;
          const session = await b.sw.evaluate(() => chrome.storage.session.get(null));
          throw new Error(`${String(e)}; server saw ${JSON.stringify(srv.hits)}; outcome ${JSON.stringify(session)}`);
        });
      }
      const [clip] = await clips();
      assert.equal(clip!.title, TITLE);
      assert.ok(clip!.text!.includes('第一条'), 'the text of the law');
      assert.ok(!/- \d+ -/.test(clip!.text!), 'page numbers dropped');
      assert.match(clip!.html!, /id="page-2"/, 'page anchors kept');
      assert.ok(srv.hits.filter((h) => h === `GET ${PATH}`).length >= 2, 'the viewer and the extension each fetched the file');

      // The popup of that tab shows the stored outline: chapters and articles.
      await probe.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}&lang=en`);
      const tree = probe.getByRole('tree').first();
      await tree.getByRole('treeitem').filter({ hasText: '第一章' }).first().waitFor();
      assert.ok(
        (await tree
          .getByRole('treeitem')
          .filter({ hasText: /第.+条/ })
          .count()) > 5,
        'articles in the outline',
      );
      await probe.screenshot({ path: artifact('pdf-popup-outline.png'), fullPage: true });
      // Clipped again from the popup (the key press's grant lasts while the tab stays on the file): the offscreen
      // document closed after the first read is made again, and the clip is updated, not duplicated.
      await probe.getByRole('button', { name: 'Clip again (update)' }).click();
      await probe
        .getByRole('status')
        .filter({ hasText: `Updated: ${TITLE}` })
        .waitFor({ timeout: 20_000 });
      assert.equal((await clips()).length, 1);

      // The reader: reflowed text, a link back to each original page, and a highlight.
      const reader = await b.context.newPage();
      await reader.goto(`chrome-extension://${b.extId}/reader.html?clip=${clip!.id}&lang=en`);
      await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      const link = reader.getByRole('link', { name: 'View original page 2' });
      assert.equal(await link.getAttribute('href'), `${srv.url()}#page=2`);
      const para = reader
        .locator('.reader-body p')
        .filter({ hasText: /^第一条/ })
        .first();
      const passage = ((await para.textContent()) ?? '').trim();
      await para.click({ clickCount: 3 });
      const bar = reader.getByRole('toolbar', { name: 'Highlight the selection' });
      await bar.getByRole('button', { name: 'Green' }).click();
      await waitFor(
        () =>
          reader.evaluate(() => {
            let n = 0;
            CSS.highlights.forEach((h) => (n += (h as unknown as Set<Range>).size));
            return n > 0;
          }),
        'the highlight painted in the reader',
      );
      await reader.screenshot({ path: artifact('pdf-reader.png') });

      // Export: the library's Markdown has the clip with its highlight.
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extId}/options.html?lang=en`);
      await options.getByRole('heading', { name: 'Export' }).waitFor();
      const [dl] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Markdown (.zip)' }).click()]);
      const files = Object.values(unzipSync(new Uint8Array(readFileSync(await dl.path())))).map((f) => strFromU8(f));
      const md = files.find((f) => f.includes(`title: "${TITLE}"`));
      assert.ok(md, 'the PDF clip in the export');
      assert.ok(md.includes('第一条'), 'its text');
      assert.ok(md.includes(passage.slice(4, 20)), 'its highlight');
    });
  },
);
