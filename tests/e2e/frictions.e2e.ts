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
});
