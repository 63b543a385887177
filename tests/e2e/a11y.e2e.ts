/**
 * Accessibility of the extension's pages with axe-core, in English and Chinese, light and dark: no serious or
 * critical violation (colour contrast, names, roles, ARIA, landmarks…). The pages are one table: a page whose build
 * output is missing (the reader and side panel, until they land) is skipped with a note. The highlighter's note frame
 * (note.html) is one of the pages; its on-page toolbar lives in a closed shadow root axe cannot enter, so its markup
 * and styles are taken out through CDP and audited in an open root of a blank page. Screenshots of every page in
 * every language and scheme go to test-results/a11y-*.png.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  artifact,
  BUILD_E2E,
  clickInClosedRoot,
  clipFromPopup,
  inClosedRoots,
  launchWithExtension,
  openPopup,
  PageServer,
  paintedCount,
  readClips,
  readStores,
  tabIdOf,
  waitFor,
  type Browser,
} from './harness';
import { audit, contrast, report } from './harness-axe';

const FIXTURE = '/zh-law-in-notice/';
const TITLE = '某省人民政府关于印发某省河道管理办法的通知';
const PASSAGES = [
  { text: '（二）种植高秆农作物、芦苇和树木；', color: 'Green' },
  { text: '第三条　河道管理实行按水系统一管理', color: 'Yellow' },
];

type Ctx = { extId: string; tabId: number; clipId: string; highlightId: string };
interface Target {
  name: string;
  /** the built page; the target is skipped while it does not exist */
  file: string;
  query: (c: Ctx) => string;
  /** what follows the query (note.html takes its highlight in the hash) */
  hash?: (c: Ctx) => string;
  /** resolves once the page shows what is worth checking */
  ready: (page: Page) => Promise<void>;
}

const tree = (page: Page) => page.getByRole('tree').first().waitFor();
/** Add a page here to have it checked in both languages and both schemes. */
const TARGETS: Target[] = [
  {
    name: 'popup',
    file: 'popup.html',
    query: (c) => `tab=${c.tabId}`,
    ready: (page) => tree(page).then(() => page.locator('.hl-item').first().waitFor()),
  },
  { name: 'options', file: 'options.html', query: () => '', ready: (page) => page.locator('#hint-backup').waitFor() },
  { name: 'reader', file: 'reader.html', query: (c) => `clip=${c.clipId}`, ready: tree },
  { name: 'sidepanel', file: 'sidepanel.html', query: (c) => `tab=${c.tabId}`, ready: tree },
  {
    name: 'note',
    file: 'note.html',
    query: () => '',
    hash: (c) => `#id=${c.highlightId}&nonce=0123456789abcdef0123`,
    ready: (page) => page.getByRole('textbox').waitFor(),
  },
];
const LANGS = ['en', 'zh-CN'] as const;
const SCHEMES = ['light', 'dark'] as const;

const server = new PageServer();
before(() => server.start());
after(() => server.stop());

describe('accessibility (axe-core, test build)', () => {
  let b: Browser;
  let ctx: Ctx;
  let site: Page;

  before(async () => {
    b = await launchWithExtension(BUILD_E2E);
    site = await b.context.newPage();
    await site.goto(server.url(FIXTURE));
    const tabId = await tabIdOf(b, site);
    const popup = await openPopup(b, tabId);
    await clipFromPopup(popup, TITLE);
    // Two highlights, so the popup (and reader, side panel) show their highlight lists.
    for (const [i, p] of PASSAGES.entries()) {
      await site.getByText(p.text).first().click({ clickCount: 3 });
      await clickInClosedRoot(site, `button[aria-label="${p.color}"]`);
      await waitFor(async () => (await paintedCount(site)) === i + 1, `highlight ${i + 1}`);
    }
    const [clip] = await readClips(popup);
    assert.ok(clip, 'the fixture was clipped');
    const [h] = (await readStores(popup, ['highlights'])).highlights as { id: string }[];
    ctx = { extId: b.extId, tabId, clipId: clip.id, highlightId: h!.id };
    await popup.close();
  });
  after(() => b.close());

  for (const target of TARGETS) {
    const built = existsSync(join(BUILD_E2E, target.file));
    for (const lang of LANGS)
      for (const scheme of SCHEMES)
        it(`${target.name} (${lang}, ${scheme})`, { skip: built ? false : `${target.file} is not built yet` }, async () => {
          const page = await b.context.newPage();
          await page.setViewportSize({ width: target.name === 'popup' ? 460 : 1000, height: 720 });
          await page.emulateMedia({ colorScheme: scheme });
          const q = target.query(ctx);
          await page.goto(`chrome-extension://${ctx.extId}/${target.file}?${q ? `${q}&` : ''}lang=${lang}${target.hash?.(ctx) ?? ''}`);
          await target.ready(page);
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the page says which language it is in');
          if (lang === 'zh-CN') assert.match(await page.locator('body').innerText(), /[\u4e00-\u9fff]{2}/);
          await page.screenshot({ path: artifact(`a11y-${target.name}-${lang}-${scheme}.png`), fullPage: true });
          const found = await audit(page);
          await page.close();
          assert.equal(found.length, 0, `${target.name} ${lang} ${scheme}:\n${report(found)}`);
        });
  }

  // axe sees one state; keyboard focus must show too, also when the system forces its own colours (high contrast).
  for (const mode of [...SCHEMES, 'forced-colors'] as const)
    it(`keyboard focus is visible on the popup (${mode})`, async () => {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 460, height: 720 });
      await page.emulateMedia(mode === 'forced-colors' ? { forcedColors: 'active' } : { colorScheme: mode });
      await page.goto(`chrome-extension://${ctx.extId}/popup.html?tab=${ctx.tabId}&lang=zh-CN`);
      await TARGETS[0]!.ready(page);
      for (const stop of ['button', 'treeitem']) {
        if (stop === 'treeitem') await page.getByRole('treeitem').first().focus();
        else await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement!);
          return {
            role: document.activeElement!.getAttribute('role') ?? document.activeElement!.tagName,
            style: s.outlineStyle,
            width: parseFloat(s.outlineWidth),
            color: s.outlineColor,
            bg: getComputedStyle(document.body).backgroundColor,
          };
        });
        assert.equal(ring.style, 'solid', `${ring.role} has a focus outline`);
        assert.ok(ring.width >= 2, `${ring.role} outline ${ring.width}px`);
        assert.ok(
          contrast(ring.color, ring.bg) >= 3,
          `${ring.role} outline ${ring.color} on ${ring.bg}: ${contrast(ring.color, ring.bg).toFixed(2)}`,
        );
        if (stop === 'treeitem') await page.screenshot({ path: artifact(`a11y-popup-focus-${mode}.png`) });
      }
      await page.close();
    });

  for (const scheme of SCHEMES)
    it(`the on-page highlighter toolbar (${scheme})`, async () => {
      await site.bringToFront();
      await site.emulateMedia({ colorScheme: scheme });
      await site.getByText('第一条　为了加强河道管理').click({ clickCount: 3 });
      const markup = await waitFor(
        async () =>
          (
            await inClosedRoots<string>(
              site,
              `function () { const t = this.querySelector('[role="toolbar"]'); return t && !t.hidden ? this.innerHTML : ''; }`,
            )
          ).find(Boolean),
        'the toolbar',
      );
      await site.mouse.click(5, 5);
      // The same markup and styles in an open root of a blank page, where axe can reach them.
      const copy = await b.context.newPage();
      await copy.emulateMedia({ colorScheme: scheme });
      await copy.setContent(
        '<!doctype html><html lang="en"><head><title>toolbar</title></head><body><main><div id="host"></div></main></body></html>',
      );
      await copy.evaluate((html) => (document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = html), markup);
      const toolbar = copy.locator('#host [role="toolbar"]');
      await toolbar.waitFor();
      await toolbar.screenshot({ path: artifact(`a11y-toolbar-${scheme}.png`) });
      const found = await audit(copy, '#host');
      await copy.close();
      assert.equal(found.length, 0, `toolbar ${scheme}:\n${report(found)}`);
    });
});
