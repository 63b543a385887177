/**
 * "Show my highlights automatically on this site", in Chromium with the test build (which holds a host permission
 * for 127.0.0.1, so the permission request the checkbox makes is answered at once, without a prompt: the popup's
 * own click path runs unchanged). The highlighter must then be registered for that one site only, paint a
 * highlight again on a reload without the popup, and be unregistered when the site is turned off.
 * What is painted is asked of the highlighter instance in the extension's isolated world, not of the page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clickInClosedRoot,
  closedRootPoint,
  highlighterIn,
  launchWithExtension,
  openPopup,
  PageServer,
  paintedTexts,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

const LAW = '/zh-law-in-notice/';
const PASSAGE = '（二）种植高秆农作物、芦苇和树木；';
const SITE = 'http://127.0.0.1/*';

const registered = (b: Browser) =>
  b.sw.evaluate(
    `chrome.scripting.getRegisteredContentScripts().then((all) => all.map((s) => ({ id: s.id, matches: s.matches })))`,
  ) as Promise<{ id: string; matches: string[] }[]>;
const setting = (b: Browser) =>
  b.sw.evaluate(`chrome.storage.local.get('autoShowSites').then((r) => r.autoShowSites ?? [])`) as Promise<
    { pattern: string; asked: boolean; clipped: boolean }[]
  >;

/** Select a paragraph until the highlighter (brought in by the popup) offers its toolbar, then pick green. */
async function highlightGreen(page: Page, text: string): Promise<void> {
  await waitFor(
    async () => {
      await page.getByText(text).click({ clickCount: 3 });
      return !!(await closedRootPoint(page, 'button[aria-label="Green"]'));
    },
    'the highlighter toolbar',
    20_000,
  );
  await clickInClosedRoot(page, 'button[aria-label="Green"]');
}

describe('auto-show per site (test build with 127.0.0.1 host access)', () => {
  let b: Browser;
  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
  });
  after(() => b.close());

  it('a host grant alone registers nothing', async () => {
    await new Promise((r) => setTimeout(r, 500)); // install and startup syncs have run
    assert.deepEqual(await registered(b), []);
  });

  it('turned on from the popup for 127.0.0.1, paints a highlight again on reload without the popup; off unregisters', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(LAW));
    const tabId = await tabIdOf(b, page);
    const popup = await openPopup(b, tabId);
    const box = popup.getByRole('checkbox', { name: 'Show my highlights automatically on this site (127.0.0.1)' });
    await waitFor(async () => (await box.isEnabled()) && !(await box.isChecked()), 'the toggle, off');
    await box.click();
    await waitFor(async () => box.isChecked(), 'the toggle to be on');
    assert.deepEqual(await setting(b), [{ pattern: SITE, asked: false, clipped: false }]); // the grant was already held
    await waitFor(
      async () => (await registered(b)).find((s) => s.id === 'clausemark-highlighter')?.matches.join() === SITE,
      'the registration',
    );
    await popup.screenshot({ path: artifact('popup-auto-show-on.png') });

    // The popup opened as a tab of its own; a real popup leaves the page visible, and the highlighter paints on frames.
    await page.bringToFront();
    await waitFor(() => highlighterIn(b, tabId), 'the popup to bring the highlighter in', 15_000);
    await highlightGreen(page, PASSAGE);
    await waitFor(async () => (await paintedTexts(b, tabId))?.['clausemark-green']?.length === 1, 'the highlight to be painted');
    await popup.close();

    // No popup from here on: the registered highlighter alone brings the highlight back.
    await page.reload();
    await waitFor(
      async () => (await paintedTexts(b, tabId))?.['clausemark-green']?.[0] === PASSAGE,
      'the highlight to be painted after the reload',
      15_000,
    );
    // The site has a clip now (the highlight clipped the page): it is marked, so deleting its last clip turns it off.
    await waitFor(async () => (await setting(b))[0]?.clipped === true, 'the site to be marked as clipped');

    // A site in the setting that is not granted is left out; the registration stays on 127.0.0.1 alone.
    await b.sw.evaluate(
      `chrome.storage.local.get('autoShowSites').then((r) => chrome.storage.local.set({ autoShowSites: [...r.autoShowSites, { pattern: 'http://localhost/*', asked: true, clipped: false }] }))`,
    );
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(await registered(b), [{ id: 'clausemark-highlighter', matches: [SITE] }]);
    const other = await b.sw.evaluate(`chrome.permissions.contains({ origins: ['http://localhost/*'] })`);
    assert.equal(other, false);

    const again = await openPopup(b, tabId);
    const box2 = again.getByRole('checkbox', { name: /on this site \(127\.0\.0\.1\)/ });
    await waitFor(async () => box2.isChecked(), 'the toggle to show on');
    await box2.click();
    await waitFor(async () => !(await box2.isChecked()), 'the toggle to be off');
    await waitFor(async () => (await registered(b)).length === 0, 'the highlighter to be unregistered');
    assert.deepEqual(
      (await setting(b)).map((s) => s.pattern),
      ['http://localhost/*'],
    );
    // The grant auto-show did not ask for (the build's own) is kept.
    assert.equal(await b.sw.evaluate(`chrome.permissions.contains({ origins: ['${SITE}'] })`), true);
    await again.close();

    await page.reload();
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual((await paintedTexts(b, tabId)) ?? {}, {}, 'nothing painted once the site is off');
    await page.close();
  });
  it('deleting the last clip of a site turns auto-show off there', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url(LAW));
    const tabId = await tabIdOf(b, page);
    const popup = await openPopup(b, tabId);
    const box = popup.getByRole('checkbox', { name: /on this site \(127\.0\.0\.1\)/ });
    await waitFor(async () => (await box.isEnabled()) && !(await box.isChecked()), 'the toggle, off');
    await box.click();
    // The page was clipped by the earlier test: the site is marked as clipped once the setting is saved.
    await waitFor(async () => (await setting(b)).find((s) => s.pattern === SITE)?.clipped === true, 'the site to be on and marked');
    await waitFor(async () => (await registered(b))[0]?.matches.join() === SITE, 'the registration');

    const rows = popup.getByRole('checkbox', { name: /^Select “/ });
    assert.equal(await rows.count(), 1, 'one clip in the library');
    await rows.first().check();
    await popup.getByRole('button', { name: 'Delete selected' }).click();
    await popup.getByRole('button', { name: 'Delete', exact: true }).click();
    await waitFor(async () => !(await setting(b)).some((s) => s.pattern === SITE), 'the site to be dropped from the setting');
    await waitFor(async () => (await registered(b)).length === 0, 'the highlighter to be unregistered');
    await popup.close();
    await page.close();
  });
});
