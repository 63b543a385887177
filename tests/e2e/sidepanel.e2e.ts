/**
 * The side panel in Chromium (test build, 127.0.0.1 host access). Playwright cannot open the real side panel
 * (chrome.sidePanel.open needs a user gesture), so sidepanel.html is opened as a page in a window of its own with
 * `?tab=` naming the window to follow, which is what the side panel does with its own window.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  BUILD_PROD,
  clickInClosedRoot,
  clipFromPopup,
  highlighterIn,
  launchWithExtension,
  PAGES,
  PageServer,
  paintedCount,
  readClips,
  ROOT,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const NOTICE = '/zh-outline-notice/';
const NOTICE_TITLE = '国务院办公厅关于加快推进城市更新行动的通知';
const NOTICE_HTML = readFileSync(join(PAGES, 'zh-outline-notice', 'source.html'), 'utf8');
const KEPT = '建立城市更新项目评估机制，定期对城市更新实施情况进行评估';
const REMOVED = '各地要通过多种方式宣传城市更新的重要意义和政策措施';

/** A string for the service worker: tsx would add helpers (__name) to a function that the worker does not have. */
const inWorker = <T>(b: Browser, script: string) => b.sw.evaluate(script) as Promise<T>;

async function openPanel(b: Browser, tabId: number, lang = 'en'): Promise<Page> {
  const url = `chrome-extension://${b.extId}/sidepanel.html?tab=${tabId}&lang=${lang}`;
  const [panel] = await Promise.all([
    b.context.waitForEvent('page'),
    inWorker(b, `chrome.windows.create({ url: ${JSON.stringify(url)}, width: 420, height: 900 }).then(() => true)`),
  ]);
  await panel.setViewportSize({ width: 400, height: 880 });
  await panel.waitForLoadState();
  return panel;
}

/** Open a fixture page as a new active tab in the given window, as a user switching tabs would. */
async function newTabIn(b: Browser, windowId: number, url: string): Promise<Page> {
  const [page] = await Promise.all([
    b.context.waitForEvent('page'),
    inWorker(b, `chrome.tabs.create({ windowId: ${windowId}, url: ${JSON.stringify(url)}, active: true }).then(() => true)`),
  ]);
  await page.waitForLoadState();
  return page;
}

async function noSeriousAxeViolations(panel: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page: panel }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `axe on ${what}`,
  );
}

describe('side panel (test build with 127.0.0.1 host access)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('clips the active tab, scrolls it from the outline and the highlights, and follows tab switches and navigation', async () => {
    const pageA = await b.context.newPage();
    await pageA.goto(server.url(NOTICE));
    const tabA = await tabIdOf(b, pageA);
    const windowA = await inWorker<number>(b, `chrome.tabs.get(${tabA}).then((t) => t.windowId)`);
    const panel = await openPanel(b, tabA);
    const tree = panel.getByRole('tree', { name: 'Page outline' });
    const shown = panel.locator('.panel-page-title');

    // Not clipped yet: the panel reads the page for its outline only when asked; it clips the page itself.
    await panel.getByRole('button', { name: 'Preview outline' }).click();
    await panel.getByText('not clipped yet', { exact: false }).waitFor();
    assert.match((await shown.textContent()) ?? '', /城市更新/);
    await clipFromPopup(panel, NOTICE_TITLE);
    const [clip] = await readClips(panel);
    assert.ok(clip, 'the clip is stored');

    // An outline entry scrolls the live page to its heading.
    const heading = pageA.locator('#UCAP-CONTENT p', { hasText: '（三）做好宣传引导' });
    await tree.getByRole('treeitem').last().click();
    await waitFor(async () => (await pageA.evaluate(() => window.scrollY)) > 1000, 'the page to scroll to the heading');
    const box = await heading.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= pageA.viewportSize()!.height, `heading in view: ${JSON.stringify(box)}`);
    await pageA.evaluate(() => window.scrollTo(0, 0));

    // Highlights made on the page with the highlighter's toolbar (the panel injected it) appear in the panel at once.
    await waitFor(() => highlighterIn(b, tabA), 'the panel to bring the highlighter into the page');
    for (const [i, text] of [KEPT, REMOVED].entries()) {
      await pageA.getByText(text).click({ clickCount: 3 });
      await clickInClosedRoot(pageA, 'button[aria-label="Green"]');
      await waitFor(async () => (await paintedCount(pageA)) === i + 1, 'the highlight to be painted');
    }
    const highlights = panel.getByRole('region', { name: 'Highlights' });
    await highlights.getByRole('heading', { name: '四、组织实施 › （二）强化监督评估' }).waitFor();
    await highlights.getByRole('heading', { name: '四、组织实施 › （三）做好宣传引导' }).waitFor();

    // Another tab in the same window: the panel follows it.
    const pageB = await newTabIn(b, windowA, server.url('/zh-short-notice/'));
    await waitFor(async () => /节假日/.test((await shown.textContent()) ?? ''), 'the panel to follow the new tab');
    await panel.getByRole('button', { name: 'Clip this page' }).waitFor();
    assert.equal(await panel.getByText('（三）做好宣传引导').count(), 0);

    // A navigation in that tab: the panel follows again.
    await pageB.goto(server.url('/en-act-sections/'));
    await waitFor(async () => /Harbours Act/.test((await shown.textContent()) ?? ''), 'the panel to follow the navigation');

    // Back to the first tab, whose page has meanwhile lost a highlighted passage: after the reload the panel shows the
    // stored outline and the highlights by section, with the lost one under "Not found on this page".
    server.overrides.set(NOTICE, NOTICE_HTML.replace(/<p><strong>（三）做好宣传引导。<\/strong>[^<]*<\/p>/, ''));
    await inWorker(b, `chrome.tabs.update(${tabA}, { active: true }).then(() => true)`);
    await panel.getByRole('button', { name: 'Clip again (update)' }).waitFor();
    await pageA.reload();
    const missing = panel.getByRole('group', { name: 'Not found on this page' });
    await missing.getByText(REMOVED.slice(0, 20), { exact: false }).waitFor();
    await highlights.getByRole('heading', { name: '四、组织实施 › （二）强化监督评估' }).waitFor();
    await highlights.getByRole('button', { name: new RegExp(KEPT.slice(0, 12)) }).click();
    await waitFor(async () => (await pageA.evaluate(() => window.scrollY)) > 1000, 'the page to scroll to the highlight');

    await pageA.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: artifact('sidepanel-en-light.png'), fullPage: true });
    await noSeriousAxeViolations(panel, 'the panel (light)');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: artifact('sidepanel-en-dark.png'), fullPage: true });
    await noSeriousAxeViolations(panel, 'the panel (dark)');
    await panel.close();

    const zh = await openPanel(b, tabA, 'zh-CN');
    await zh.getByRole('main', { name: 'Clausemark 侧边栏' }).waitFor();
    await zh.getByRole('tree').waitFor();
    await zh.getByRole('group', { name: '本页未找到' }).waitFor();
    await zh.screenshot({ path: artifact('sidepanel-zh-CN-light.png'), fullPage: true });
    await zh.emulateMedia({ colorScheme: 'dark' });
    await zh.screenshot({ path: artifact('sidepanel-zh-CN-dark.png'), fullPage: true });
    await zh.close();
    await pageB.close();
    await pageA.close();
    server.overrides.delete(NOTICE);
  });

  it('explains, and offers no failing button, on a tab whose address the browser hides from it', async () => {
    // The test build may read 127.0.0.1 but not localhost: there, without "tabs", the panel is not told the address.
    const page = await b.context.newPage();
    await page.goto(`http://localhost:${server.port}/zh-short-notice/`);
    const panel = await openPanel(b, await tabIdOf(b, page));
    await panel.getByRole('region', { name: 'Clausemark cannot see this tab yet' }).waitFor();
    assert.equal(await panel.getByRole('button', { name: 'Clip this page' }).count(), 0);
    await panel.getByRole('button', { name: 'Let the panel see every tab’s address' }).waitFor();
    await panel.screenshot({ path: artifact('sidepanel-en-no-access.png'), fullPage: true });
    await noSeriousAxeViolations(panel, 'the no-access notice');
    await panel.close();
    await page.close();
  });
});

describe('side panel manifests', () => {
  it('Chrome: side_panel and the sidePanel permission, no host access, "tabs" only on request; Firefox: sidebar_action', () => {
    const chrome = JSON.parse(readFileSync(join(BUILD_PROD, 'manifest.json'), 'utf8'));
    assert.deepEqual(chrome.side_panel, { default_path: 'sidepanel.html' });
    assert.ok(chrome.permissions.includes('sidePanel'));
    assert.ok(!chrome.permissions.includes('tabs'));
    assert.deepEqual(chrome.host_permissions ?? [], []);
    assert.deepEqual(chrome.optional_permissions, ['tabs']);

    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    const firefox = JSON.parse(readFileSync(join(ROOT, '.output', 'firefox-mv2', 'manifest.json'), 'utf8'));
    assert.equal(firefox.sidebar_action?.default_panel, 'sidepanel.html');
    assert.equal(firefox.sidebar_action?.open_at_install, false);
    assert.equal(firefox.side_panel, undefined);
    assert.ok(!firefox.permissions.includes('sidePanel') && !firefox.permissions.includes('tabs'));
  });
});
