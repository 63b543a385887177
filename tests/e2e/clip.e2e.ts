/** Clip fixture pages through the real paths of the built extension in Chromium. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  artifact,
  BUILD_E2E,
  BUILD_PROD,
  clipFromPopup,
  launchWithExtension,
  openPopup,
  PageServer,
  pressKeys,
  readClips,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

describe('popup button (test build with 127.0.0.1 host access)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('clips a Chinese CMS article and shows it at the top of the library', async () => {
    const url = server.url('/zh-cms-article/');
    const page = await b.context.newPage();
    await page.goto(url);
    const popup = await openPopup(b, await tabIdOf(b, page));
    await clipFromPopup(popup, '推动数字经济和实体经济深度融合');
    const first = popup.locator('.clip-row').first();
    await first.getByText('推动数字经济和实体经济深度融合').waitFor();
    // a Chinese text's length is counted in characters by its script (the English UI names them so)
    assert.match((await first.textContent()) ?? '', /人民网.*2024-03-15.*\d characters/);
    await popup.screenshot({ path: artifact('popup-after-clip.png') });

    const clips = await readClips(popup);
    assert.equal(clips.length, 1);
    const clip = clips[0]!;
    assert.equal(clip.title, '推动数字经济和实体经济深度融合');
    // The page declares a canonical URL on another site (people.com.cn): it is not taken, the clip keeps its own.
    assert.equal(clip.canonicalUrl, url);
    assert.match(clip.text ?? '', /要关闭违法排污企业的线上销售渠道/);
    for (const chrome of ['责任编辑', '上一篇', '相关推荐', '版权声明', '分享到', '扫一扫', '打印本页'])
      assert.doesNotMatch(clip.text ?? '', new RegExp(chrome));
    assert.doesNotMatch(clip.html ?? '', /<script|javascript:/i);

    // Clipping again updates the same clip.
    await popup.reload();
    await popup.getByRole('button', { name: 'Clip again (update)' }).click();
    await popup.getByRole('status').filter({ hasText: 'Updated:' }).waitFor();
    const again = await readClips(popup);
    assert.equal(again.length, 1);
    assert.equal(again[0]!.id, clip.id);
    assert.ok(again[0]!.updatedAt > clip.updatedAt);
    await popup.close();
    await page.close();
  });

  it('offers the whole visible text when no article is found', async () => {
    const url = server.url('/no-article/');
    const page = await b.context.newPage();
    await page.goto(url);
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.getByRole('button', { name: 'Clip this page' }).click();
    await popup.getByRole('alert').filter({ hasText: 'No article was found' }).waitFor();
    await popup.getByRole('button', { name: 'Clip the whole visible text' }).click();
    await popup.getByRole('status').filter({ hasText: 'Clipped: Search results' }).waitFor();
    const clip = (await readClips(popup)).find((c) => c.url === url);
    assert.ok(clip, 'full-text clip stored');
    assert.match(clip.text ?? '', /Result one/);
    await popup.close();
    await page.close();
  });

  it('says why a browser page cannot be clipped', async () => {
    const page = await b.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopup(b, await tabIdOf(b, page));
    // The tab's URL is hidden from the extension here, so the refusal comes from the browser and is explained.
    const button = popup.getByRole('button', { name: 'Clip this page' });
    if (await button.count()) await button.click();
    await popup.getByRole('alert').filter({ hasText: 'Browser pages' }).waitFor();
    assert.equal((await readClips(popup)).length, 2);
    await popup.close();
    await page.close();
  });

  it('clips a blog front page as its first post, then every post when asked', async () => {
    const url = server.url('/zh-blog-front-page/');
    const page = await b.context.newPage();
    await page.goto(url);
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.getByRole('button', { name: 'Clip this page' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: 'Clipped: 周末去江边看芦苇 (图) This page shows 4 posts; the clip holds the first.' })
      .waitFor();
    await popup.screenshot({ path: artifact('popup-post-list.png') });
    const first = (await readClips(popup)).find((c) => c.url === url);
    assert.ok(first, 'first-post clip stored');
    assert.match(first.text ?? '', /江边的芦苇就白了头/);
    assert.doesNotMatch(first.text ?? '', /今年中秋没有回家|归档备份/);

    await popup.getByRole('button', { name: 'Clip all 4 posts' }).click();
    await popup
      .getByRole('status')
      .filter({ hasText: /^Updated: / })
      .waitFor();
    assert.equal(await popup.getByRole('button', { name: /Clip all/ }).count(), 0);
    const all = (await readClips(popup)).find((c) => c.url === url);
    assert.equal(all?.id, first.id);
    assert.match(all?.text ?? '', /江边的芦苇就白了头[\s\S]*十月的第一个工作日[\s\S]*今年中秋没有回家/);
    await popup.close();
    await page.close();
  });
});

describe('production build (no host permissions)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_PROD);
  });
  after(() => b.close());

  it('has no host permissions and no content scripts in its manifest', async () => {
    const manifest = await b.sw.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.host_permissions ?? [], []);
    assert.deepEqual(manifest.content_scripts ?? [], []);
    assert.deepEqual([...(manifest.permissions ?? [])].sort(), [
      'activeTab',
      'contextMenus',
      // PDFs are read with PDF.js in an offscreen document (entrypoints/offscreen)
      'offscreen',
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
  });

  it('without a user gesture, the popup explains that it needs the toolbar button or the shortcut', async () => {
    const url = server.url('/en-news-article/');
    const page = await b.context.newPage();
    await page.goto(url);
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.getByRole('button', { name: 'Clip this page' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Alt+Shift+S' }).waitFor();
    assert.equal((await readClips(popup)).length, 0);
    await popup.close();
    await page.close();
  });

  it(
    'clips with the Alt+Shift+S shortcut (activeTab from a real key press)',
    { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
    async () => {
      const url = server.url('/en-news-article/');
      const page = await b.context.newPage();
      await page.goto(url);
      await page.bringToFront();
      const watcher = await b.context.newPage();
      await watcher.goto(`chrome-extension://${b.extId}/popup.html`);
      await page.bringToFront();
      await page.waitForTimeout(300);
      pressKeys('Council approves new data protection rules', 'alt+shift+s');
      const clip = await waitFor(
        async () => (await readClips(watcher)).find((c) => c.title === 'Council approves new data protection rules'),
        'shortcut clip',
      ).catch(async (e) => {
        const outcomes = await b.sw.evaluate(() => chrome.storage.session.get(null));
        throw new Error(`${(e as Error).message}; recorded outcomes: ${JSON.stringify(outcomes)}`);
      });
      assert.equal(clip.siteName, 'The Daily Ledger');
      assert.match(clip.text ?? '', /Under Section 4 of the new rules/);
      assert.doesNotMatch(clip.text ?? '', /Related stories/);
      // The popup, opened afterwards, shows the new clip on top without any further action.
      await watcher.reload();
      await watcher.locator('.clip-row').first().getByText('Council approves new data protection rules').waitFor();
      await watcher.screenshot({ path: artifact('popup-after-shortcut.png') });
      await watcher.close();
      await page.close();
    },
  );
});
