/**
 * Small frictions of daily use (issue 17), in Chromium with the test build (127.0.0.1 host access): the side panel
 * at Chrome's default width, the language setting, the toolbar after Alt+Shift+H, the popup's "/" key, and
 * highlights coming back on a revisit of a site with automatic highlights.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clickInClosedRoot,
  clipFromPopup,
  inClosedRoots,
  closedRootPoint,
  launchWithExtension,
  openPopup,
  PageServer,
  paintedCount,
  pressKeys,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';
import { clickOnText, noteFrame, readHighlights } from './harness-highlighter';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const NOTICE = '/zh-outline-notice/';
const NOTICE_TITLE = '国务院办公厅关于加快推进城市更新行动的通知';
const KEPT = '建立城市更新项目评估机制，定期对城市更新实施情况进行评估';

const inWorker = <T>(b: Browser, script: string) => b.sw.evaluate(script) as Promise<T>;

/** The side panel opened as a page in a window of its own, following `tabId`'s window (as sidepanel.e2e.ts does). */
async function openPanel(b: Browser, tabId: number, width: number): Promise<Page> {
  const url = `chrome-extension://${b.extId}/sidepanel.html?tab=${tabId}&lang=en`;
  const [panel] = await Promise.all([
    b.context.waitForEvent('page'),
    inWorker(b, `chrome.windows.create({ url: ${JSON.stringify(url)}, width: ${width + 20}, height: 900 }).then(() => true)`),
  ]);
  await panel.setViewportSize({ width, height: 860 });
  await panel.waitForLoadState();
  return panel;
}

/** Elements reaching past the right edge, for the failure message. */
const overflowing = (p: Page) =>
  p.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > w + 0.5)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`);
  });

describe('frictions (test build)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('the side panel does not scroll sideways at 360 px (Chrome’s default) nor at 320 px', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(NOTICE));
    const tabId = await tabIdOf(b, page);
    const panel = await openPanel(b, tabId, 360);
    await clipFromPopup(panel, NOTICE_TITLE);
    await page.bringToFront();
    await waitFor(async () => {
      await page.getByText(KEPT).click({ clickCount: 3 });
      return !!(await closedRootPoint(page, 'button[aria-label="Green"]'));
    }, 'the highlighter toolbar');
    await clickInClosedRoot(page, 'button[aria-label="Green"]');
    await panel
      .getByRole('region', { name: 'Highlights' })
      .getByRole('button', { name: new RegExp(KEPT.slice(0, 12)) })
      .waitFor();
    for (const width of [360, 320]) {
      await panel.setViewportSize({ width, height: 860 });
      await panel.waitForTimeout(200);
      const { scroll, client } = await panel.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      assert.ok(
        scroll <= client,
        `at ${width} px: scrollWidth ${scroll} > clientWidth ${client}: ${(await overflowing(panel)).join(', ')}`,
      );
      await panel.screenshot({ path: artifact(`sidepanel-${width}.png`), fullPage: true });
    }
    await panel.close();
    await page.close();
  });
  it(
    'after Alt+Shift+H the selection toolbar is gone and the selection collapsed',
    { skip: !process.env.DISPLAY && 'needs a display (run under xvfb-run)' },
    async () => {
      const page = await b.context.newPage();
      await page.goto(server.url('/en-news-article/'));
      const tabId = await tabIdOf(b, page);
      const popup = await openPopup(b, tabId); // brings the highlighter in, as opening the popup on a page does
      await page.bringToFront();
      await waitFor(async () => {
        await page.getByText('Under Section 4 of the new rules').click({ clickCount: 3 });
        return !!(await closedRootPoint(page, 'button[aria-label="Yellow"]'));
      }, 'the toolbar by the selection');
      pressKeys('Council approves new data protection rules', 'alt+shift+h');
      await waitFor(async () => (await paintedCount(page)) === 1, 'the shortcut highlight to be painted', 15_000);
      await page.waitForTimeout(500); // the Shift key-up comes after the key press
      assert.equal(await closedRootPoint(page, 'button[aria-label="Yellow"]'), null, 'the toolbar is hidden');
      assert.equal(await page.evaluate(() => document.getSelection()?.isCollapsed), true, 'the selection is collapsed');
      await page.screenshot({ path: artifact('shortcut-no-toolbar.png') });
      await popup.close();
      await page.close();
    },
  );

  it('choosing 中文 on the options page of an English browser gives Chinese labels everywhere', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extId}/options.html`);
    await options.getByRole('heading', { name: 'Clausemark — Library & backup' }).waitFor();
    await Promise.all([options.waitForURL(/options\.html$/), options.getByLabel('Interface language').selectOption('zh-CN')]);
    await options.getByRole('heading', { name: '语言' }).waitFor();
    assert.equal(await options.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await options.getByLabel('界面语言').inputValue(), 'zh-CN');
    await options.screenshot({ path: artifact('options-language-zh.png') });

    // the popup (no ?lang=) starts in the setting too
    const page = await b.context.newPage();
    await page.goto(server.url('/zh-short-notice/'));
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.getByRole('button', { name: '剪藏此页' }).waitFor();
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'zh-CN');
    await popup.close();

    await options.bringToFront();
    await Promise.all([options.waitForURL(/options\.html$/), options.getByLabel('界面语言').selectOption('auto')]);
    await options.getByRole('heading', { name: 'Language' }).waitFor();
    await options.close();
    await page.close();
  });

  it('"/" in the popup focuses the library search and brings several results into view', async () => {
    for (const path of ['/zh-short-notice/', '/zh-law-in-notice/', '/zh-notice-tiers/', '/zh-table-document/']) {
      const p = await b.context.newPage();
      await p.goto(server.url(path));
      const popup = await openPopup(b, await tabIdOf(b, p));
      await clipFromPopup(popup);
      await popup.close();
      await p.close();
    }
    const page = await b.context.newPage();
    await page.goto(server.url(NOTICE)); // clipped, with a highlight: outline and highlights come first
    const popup = await openPopup(b, await tabIdOf(b, page));
    await popup.getByRole('region', { name: 'Highlights' }).waitFor();
    await popup.getByRole('tree', { name: 'Page outline' }).waitFor();
    await popup.locator('.clip-row').nth(4).waitFor();
    await popup.locator('body').click({ position: { x: 5, y: 5 } });
    await popup.keyboard.press('/');
    assert.equal(await popup.evaluate(() => document.activeElement?.id), 'library-search-input');
    assert.equal(await popup.locator('#library-search-input').inputValue(), '');
    const visible = await popup.evaluate(() => {
      const h = window.innerHeight;
      return [...document.querySelectorAll('.clip-row')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= 0 && b.bottom <= h;
      }).length;
    });
    assert.ok(visible >= 3, `${visible} library rows in view after "/"`);
    await popup.screenshot({ path: artifact('popup-slash-search.png') });
    await popup.close();
    await page.close();
  });

  it('with automatic highlights on for the site, a revisit in a new tab paints them without the popup', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(NOTICE));
    const popup = await openPopup(b, await tabIdOf(b, page));
    const box = popup.getByRole('checkbox', { name: 'Show my highlights automatically on this site (127.0.0.1)' });
    await waitFor(async () => (await box.isEnabled()) && !(await box.isChecked()), 'the toggle, off');
    await box.click();
    await waitFor(async () => box.isChecked(), 'the toggle to be on');
    await popup.close();
    await page.close();

    // a new tab, the address typed again: no popup, no gesture
    const again = await b.context.newPage();
    await again.goto(server.url(NOTICE));
    await waitFor(async () => (await paintedCount(again)) === 1, 'the highlight painted on the revisit', 15_000);
    // another page of the site, without highlights: nothing of ours in it
    const other = await b.context.newPage();
    await other.goto(server.url('/en-act-sections/'));
    await other.waitForTimeout(1500);
    assert.equal(await paintedCount(other), 0);
    assert.equal(await other.evaluate(() => document.querySelector('clausemark-highlighter')), null);
    await other.close();
    await again.close();
  });
  it('on the page a highlight with a note shows a dot, and a delete from the note frame can be undone', async () => {
    const QUOTE = 'Under Section 4 of the new rules';
    const page = await b.context.newPage();
    await page.goto(server.url('/en-news-article/')); // highlighted by the Alt+Shift+H test
    const popup = await openPopup(b, await tabIdOf(b, page));
    await waitFor(async () => (await paintedCount(page)) === 1, 'the highlight painted');
    const dots = async () =>
      (await inClosedRoots<number>(page, `function () { return this.querySelectorAll('.hl-note').length; }`)).reduce((a, n) => a + n, 0);
    assert.equal(await dots(), 0, 'no note, no dot');
    await page.bringToFront();
    await clickOnText(page, QUOTE);
    let frame = await waitFor(async () => noteFrame(page), 'the note frame');
    await frame.getByRole('textbox', { name: 'Note' }).fill('check the appeal period');
    await frame.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => (await dots()) === 1, 'the note dot');
    await waitFor(async () => !noteFrame(page), 'the note frame to close');

    await clickOnText(page, QUOTE);
    frame = await waitFor(async () => noteFrame(page), 'the note frame');
    await frame.getByRole('button', { name: 'Delete' }).click();
    await frame.getByText('Highlight and its note deleted.').waitFor();
    await waitFor(async () => (await paintedCount(page)) === 0, 'the highlight gone from the page');
    await frame.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await paintedCount(page)) === 1, 'the highlight back on the page');
    await waitFor(async () => (await dots()) === 1, 'its note dot back');
    // the restored row, note included (other tests' highlights may sort before it)
    await waitFor(async () => (await readHighlights(popup)).some((h) => h.note === 'check the appeal period'), 'the note restored');
    await page.screenshot({ path: artifact('page-note-dot.png') });
    await popup.close();
    await page.close();
  });
});
