/**
 * Highlights on the live page, in Chromium: made with the toolbar and with the shortcut, stored, painted again
 * after a reload, re-anchored on a changed page, and listed as not found when the passage is gone.
 *
 * What is painted is checked in the extension's own isolated world (scripting.executeScript from the service
 * worker, which the test build may do on 127.0.0.1): it asks the highlighter instance for the texts of the ranges it
 * painted. How many highlights are drawn is counted through CDP inside the highlighter's closed shadow root (its
 * overlay boxes), which works on the production build too; its toolbar is clicked there with the mouse.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  artifact,
  BUILD_E2E,
  BUILD_PROD,
  clickInClosedRoot,
  launchWithExtension,
  openPopup,
  PAGES,
  PageServer,
  paintedCount,
  paintedTexts,
  pressKeys,
  readClips,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';
import { clickOnText, noteFrame, readHighlights } from './harness-highlighter';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const LAW = '/zh-law-in-notice/';
const LAW_HTML = readFileSync(join(PAGES, 'zh-law-in-notice', 'source.html'), 'utf8');
const PASSAGE = '（二）种植高秆农作物、芦苇和树木；';

describe('highlights (test build with 127.0.0.1 host access)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('highlights a passage with the toolbar, stores it with its outline path, and paints it again after a reload', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(LAW));
    const tabId = await tabIdOf(b, page);
    const popup = await openPopup(b, tabId);
    await waitFor(async () => (await paintedTexts(b, tabId)) !== null, 'the highlighter to be injected by the popup');
    assert.equal(await paintedCount(page), 0);

    await page.getByText(PASSAGE).click({ clickCount: 3 }); // selects the paragraph
    await clickInClosedRoot(page, 'button[aria-label="Green"]');
    await waitFor(async () => (await paintedCount(page)) === 1, 'the highlight to be painted');
    assert.deepEqual(await paintedTexts(b, tabId), { 'clausemark-green': [PASSAGE] });
    await page.screenshot({ path: artifact('page-highlighted.png') });

    const [h] = await readHighlights(popup);
    assert.ok(h, 'highlight stored');
    assert.equal(h.selectors.quote, PASSAGE);
    assert.deepEqual(h.selectors.outlinePath, ['某省河道管理办法', '第二章 河道整治与建设', '第五条']);
    const clips = await readClips(popup);
    assert.equal(clips.length, 1, 'the page was clipped first');
    assert.equal(h.clipId, clips[0]!.id);

    // A click on the painted text opens its note frame: add a note.
    await clickOnText(page, PASSAGE);
    const panel = await waitFor(async () => noteFrame(page), 'the note frame');
    await panel.getByRole('textbox', { name: 'Note' }).fill('河道内禁止种植');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => (await readHighlights(popup))[0]?.note === '河道内禁止种植', 'the note to be saved');
    await waitFor(async () => !noteFrame(page), 'the note frame to close');

    await page.reload();
    assert.equal(await paintedCount(page), 0);
    await popup.reload(); // the popup opening again is what brings the highlighter back
    await waitFor(async () => (await paintedCount(page)) === 1, 'the highlight to be painted after reload');
    assert.deepEqual(await paintedTexts(b, tabId), { 'clausemark-green': [PASSAGE] });
    const section = popup.getByRole('region', { name: 'Highlights' });
    await section.getByText('某省河道管理办法 › 第二章 河道整治与建设 › 第五条').waitFor();
    await section.getByText('河道内禁止种植').waitFor();
    await popup.screenshot({ path: artifact('popup-highlights.png') });
    await popup.close();
    await page.close();
  });

  it('places the highlight on a changed page (paragraph inserted, a word edited)', async () => {
    const changed = LAW_HTML.replace('<p>第一条', '<p>新增段落：本办法根据2024年修正案作出修改。</p>\n<p>第一条').replace(
      '芦苇和树木',
      '芦竹和树木',
    );
    server.overrides.set(LAW, changed);
    try {
      const page = await b.context.newPage();
      await page.goto(server.url(LAW));
      const tabId = await tabIdOf(b, page);
      const popup = await openPopup(b, tabId);
      await waitFor(async () => (await paintedCount(page)) === 1, 'the highlight to be painted on the changed page');
      assert.deepEqual(await paintedTexts(b, tabId), { 'clausemark-green': ['（二）种植高秆农作物、芦竹和树木；'] });
      await page.screenshot({ path: artifact('page-highlight-reanchored.png') });
      assert.equal(await popup.getByText('Not found on this page').count(), 0);

      // The page's own later changes are followed too (a lazily loaded section above the passage).
      await page.evaluate(() => document.querySelector('.article')!.insertAdjacentHTML('afterbegin', '<p>延迟加载的说明文字。</p>'));
      await page.waitForTimeout(800);
      assert.deepEqual(await paintedTexts(b, tabId), { 'clausemark-green': ['（二）种植高秆农作物、芦竹和树木；'] });
      await popup.close();
      await page.close();
    } finally {
      server.overrides.delete(LAW);
    }
  });

  it('lists a highlight whose passage is gone under "Not found on this page", and keeps it', async () => {
    server.overrides.set(LAW, LAW_HTML.replace(`<p>${PASSAGE}</p>`, ''));
    try {
      const page = await b.context.newPage();
      await page.goto(server.url(LAW));
      const popup = await openPopup(b, await tabIdOf(b, page));
      const missing = popup.getByRole('group', { name: 'Not found on this page' });
      await missing.getByText(PASSAGE).waitFor();
      assert.equal(await paintedCount(page), 0);
      assert.equal((await readHighlights(popup)).length, 1);
      await popup.screenshot({ path: artifact('popup-highlight-not-found.png') });
      await popup.close();
      await page.close();
    } finally {
      server.overrides.delete(LAW);
    }
  });
  it('paints on a visit without the popup once the highlighter is registered as a content script', async () => {
    // What turning on "Show my highlights automatically" sets up once the permission is granted (the permission
    // prompt itself cannot be driven here; this build already has access to 127.0.0.1).
    await b.sw.evaluate(
      `chrome.scripting.registerContentScripts([{ id: 'clausemark-highlighter', matches: ['http://127.0.0.1/*'], js: ['highlighter.js'], runAt: 'document_idle' }])`,
    );
    try {
      const page = await b.context.newPage();
      await page.goto(server.url(LAW));
      await waitFor(async () => (await paintedCount(page)) === 1, 'the registered highlighter to paint');
      assert.deepEqual(await paintedTexts(b, await tabIdOf(b, page)), { 'clausemark-green': [PASSAGE] });
      await page.close();
    } finally {
      await b.sw.evaluate(`chrome.scripting.unregisterContentScripts({ ids: ['clausemark-highlighter'] })`);
    }
  });
});

describe('highlight shortcut (production build)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_PROD);
  });
  after(() => b.close());

  it('has no host permission, optional ones only for single http(s) sites (never <all_urls>), and the Alt+Shift+H command', async () => {
    const manifest = await b.sw.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.host_permissions ?? [], []);
    assert.deepEqual((manifest as { optional_host_permissions?: string[] }).optional_host_permissions, ['http://*/*', 'https://*/*']);
    assert.equal((manifest.commands?.['highlight-selection']?.suggested_key as { default?: string } | undefined)?.default, 'Alt+Shift+H');
    assert.deepEqual(await b.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length), 0);
  });

  it(
    'highlights the selection with Alt+Shift+H (activeTab from a real key press), clipping the page first',
    { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
    async () => {
      const page = await b.context.newPage();
      await page.goto(server.url('/en-news-article/'));
      const watcher = await b.context.newPage();
      await watcher.goto(`chrome-extension://${b.extId}/popup.html`);
      await page.bringToFront();
      await page.getByText('Under Section 4 of the new rules').click({ clickCount: 3 });
      await page.waitForTimeout(300);
      pressKeys('Council approves new data protection rules', 'alt+shift+h');
      await waitFor(async () => (await paintedCount(page)) === 1, 'the shortcut highlight to be painted', 15_000);
      const [h] = await readHighlights(watcher);
      assert.match(h?.selectors.quote ?? '', /^Under Section 4 of the new rules, any resident may ask/);
      assert.equal(h?.color, 'yellow');
      assert.equal((await readClips(watcher)).find((c) => c.id === h?.clipId)?.title, 'Council approves new data protection rules');
      await page.screenshot({ path: artifact('page-highlighted-shortcut.png') });
      await watcher.close();
      await page.close();
    },
  );
});
