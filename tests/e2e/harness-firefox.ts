/**
 * A real Firefox with the built extension, driven by WebDriver BiDi (puppeteer-core): Playwright's Firefox is a
 * patched build, the Debian/Mozilla one is not. Headed under Xvfb, so X key events reach the browser's shortcuts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser as PptrBrowser, type Page as PptrPage } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { ROOT, waitFor } from './harness';

export const BUILD_FIREFOX = join(ROOT, '.output', 'firefox-mv2');
const GECKO_ID = 'clausemark@clausemark.app';
/** Fixed for the test's profile, so extension pages have a known address. */
export const FIREFOX_EXT_UUID = '5c1e2f0a-7d4b-4e8a-9c3f-2b6d8e1a4f70';

/** The Firefox binary, or why the Firefox tests skip. */
export function findFirefox(): { path: string } | { skip: string } {
  const onPath = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => [join(dir, 'firefox-esr'), join(dir, 'firefox')]);
  const path = [process.env.FIREFOX_PATH, ...onPath].find((p) => p && existsSync(p));
  if (!path) return { skip: 'no Firefox: apt-get install firefox-esr (or set FIREFOX_PATH)' };
  if (!process.env.DISPLAY) return { skip: 'needs a display (run under xvfb-run): shortcuts are pressed as X key events' };
  return { path };
}

export interface Firefox {
  browser: PptrBrowser;
  /** an extension page (popup.html?…, library.html…) in a new tab */
  extensionPage(path: string): Promise<PptrPage>;
  close(): Promise<void>;
}

export async function launchFirefox(executablePath: string, prefs: Record<string, unknown> = {}): Promise<Firefox> {
  if (!existsSync(join(BUILD_FIREFOX, 'manifest.json')))
    throw new Error(`No Firefox build in ${BUILD_FIREFOX}: run npm run build:firefox.`);
  const profile = mkdtempSync(join(tmpdir(), 'clausemark-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: false,
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 850 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXT_UUID }), ...prefs },
  });
  await browser.installExtension(BUILD_FIREFOX); // temporary, as about:debugging's "Load Temporary Add-on"
  const base = `moz-extension://${FIREFOX_EXT_UUID}/`;
  return {
    browser,
    // BiDi may not navigate a tab to moz-extension: (not allowed in this context), but a page may go to the one
    // web-accessible file (note.html), and from there, being the extension's own origin, anywhere in it.
    async extensionPage(path) {
      const page = await browser.newPage();
      await page.evaluate((u) => void (location.href = u), `${base}note.html`);
      await waitFor(() => page.evaluate(() => location.protocol === 'moz-extension:'), 'an extension page');
      await page.evaluate((u) => void (location.href = u), base + path);
      await waitFor(
        () => page.evaluate((p) => location.pathname === `/${p.split('?')[0]}` && document.readyState === 'complete', path),
        path,
      );
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** puppeteer's Page.evaluate takes the same (function, argument) as Playwright's, which the store readers use. */
export const asEvaluator = (page: PptrPage): Page => page as unknown as Page;
