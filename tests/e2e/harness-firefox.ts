/**
 * A real Firefox with the built extension, driven by WebDriver BiDi (puppeteer-core): Playwright's Firefox is a
 * patched build, the Debian/Mozilla one is not. Headed under Xvfb, so X key events reach the browser's shortcuts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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

/**
 * `systemAccess`: lets the test read the browser's own window (where a menu item or a prompt's button is on the
 * screen, see `chromeEval`); the clicks themselves are X mouse events, as a user's.
 */
export async function launchFirefox(executablePath: string, prefs: Record<string, unknown> = {}, systemAccess = false): Promise<Firefox> {
  if (!existsSync(join(BUILD_FIREFOX, 'manifest.json')))
    throw new Error(`No Firefox build in ${BUILD_FIREFOX}: run npm run build:firefox.`);
  const profile = mkdtempSync(join(tmpdir(), 'clausemark-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: false,
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 850 },
    args: systemAccess ? ['--remote-allow-system-access'] : [],
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

/** An expression evaluated in the browser window itself (needs `systemAccess`): BiDi's chrome scope. */
export async function chromeEval<T>(browser: PptrBrowser, expression: string): Promise<T> {
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: BidiEval }> } }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result as unknown as { contexts: { context: string }[] }).contexts[0]!.context;
  const { result } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`chrome script failed: ${JSON.stringify(result)}`);
  return result.result?.value as T;
}
interface BidiEval {
  type: string;
  result?: { value?: unknown };
}

/** A left click at the middle of a screen rectangle, as X mouse events (Xvfb has no window manager: window at 0,0). */
export function clickOnScreen(r: { x: number; y: number; w: number; h: number }): void {
  execFileSync('xdotool', ['mousemove', String(Math.round(r.x + r.w / 2)), String(Math.round(r.y + r.h / 2))]);
  execFileSync('xdotool', ['sleep', '0.2', 'click', '1']);
}

/** Serves the zh-law PDF fixture at /files/law.pdf as a web server would (application/pdf, no CORS headers). */
export function pdfServer(): { server: Server; hits: string[]; url: () => string } {
  const pdf = readFileSync(join(ROOT, 'tests', 'fixtures', 'pdf', 'zh-law', 'source.pdf'));
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    if (req.url?.split('?')[0] !== PDF_PATH) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : pdf);
  });
  return { server, hits, url: () => `http://127.0.0.1:${(server.address() as { port: number }).port}${PDF_PATH}` };
}
export const PDF_PATH = '/files/law.pdf';
export const PDF_TITLE = '某某市生活垃圾分类管理条例';

export interface Outcome {
  result: { ok: boolean; value?: { created: boolean; title: string }; error?: { code: string } };
  at: number;
}
/** What the background remembered of its last clip of a tab (the popup shows it; utils/messaging/session-keys.ts). */
export const outcomeOf = (probe: PptrPage, tabId: number) =>
  probe.evaluate(async (key) => (await browser.storage.session.get(key))[key] as Outcome | undefined, `outcome:${tabId}`);

/** puppeteer's Page.evaluate takes the same (function, argument) as Playwright's, which the store readers use. */
export const asEvaluator = (page: PptrPage): Page => page as unknown as Page;
