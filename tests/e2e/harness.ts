/** Shared set-up for browser tests: a local page server and Chromium with a built extension loaded. */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
export const ARTIFACTS = join(ROOT, 'test-results');
export const BUILD_PROD = join(ROOT, '.output', 'chrome-mv3');
export const BUILD_E2E = join(ROOT, '.output', 'chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves tests/fixtures/pages/<case>/source.html at /<case>/, plus per-test overrides; records POST bodies. */
export class PageServer {
  private server: Server;
  readonly overrides = new Map<string, string>();
  /** every request received, in order (path with query, and the Referer sent) */
  readonly requests: { url: string; referer?: string }[] = [];
  /** Bodies POSTed to the server (what a test page sends home), in arrival order. */
  readonly posts: { path: string; body: string }[] = [];
  port = 0;
  constructor() {
    this.server = createServer((req, res) => {
      this.requests.push({ url: req.url ?? '', referer: req.headers.referer });
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (req.method === 'POST') {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          this.posts.push({ path, body: Buffer.concat(chunks).toString('utf8') });
          res.writeHead(204).end();
        });
        return;
      }
      const override = this.overrides.get(path);
      const file = join(PAGES, path.replace(/^\/+|\/+$/g, ''), 'source.html');
      if (override === undefined && (path.includes('..') || !existsSync(file))) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(override ?? readFileSync(file));
    });
  }
  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }
  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path.startsWith('/') ? path : `/${path}`}`;
  }
  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

export interface Browser {
  context: BrowserContext;
  sw: Worker;
  extId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(extDir: string): Promise<Browser> {
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No built extension in ${extDir}: run the build first.`);
  const profile = mkdtempSync(join(tmpdir(), 'clausemark-e2e-'));
  const headless = !process.env.DISPLAY; // headed under Xvfb so real key presses reach extension commands
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 850 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's id for the tab showing `page`. Without the "tabs" permission the extension cannot see tab
 * URLs, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return waitFor(
    () => b.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null),
    'the active tab',
  );
}

/** Open the popup as a page acting on `tabId`. */
export async function openPopup(b: Browser, tabId: number): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 460, height: 600 });
  await page.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}`);
  return page;
}

export interface StoredClip {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
  siteName: string;
  savedAt: number;
  updatedAt: number;
  html?: string;
  text?: string;
}

/** All rows of some object stores of the extension's IndexedDB, read through one of its pages. */
export function readStores(page: Page, stores: string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('clausemark');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const out: Record<string, unknown[]> = Object.fromEntries(names.map((n) => [n, []]));
          const present = names.filter((n) => db.objectStoreNames.contains(n));
          if (!present.length) return (resolve(out), db.close());
          const tx = db.transaction(present, 'readonly');
          for (const n of present) {
            const all = tx.objectStore(n).getAll();
            all.onsuccess = () => (out[n] = all.result);
          }
          tx.oncomplete = () => (resolve(out), db.close());
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** Clips with their bodies' html and text. */
export async function readClips(page: Page): Promise<StoredClip[]> {
  const { clips, clipBodies } = await readStores(page, ['clips', 'clipBodies']);
  const byId = new Map((clipBodies as { clipId: string; html: string; text: string }[]).map((b) => [b.clipId, b]));
  return (clips as StoredClip[]).map((c) => ({ ...c, html: byId.get(c.id)?.html, text: byId.get(c.id)?.text }));
}

/** Press the popup's "Clip this page" and wait for its confirmation (optionally of a given title). */
export async function clipFromPopup(popup: Page, title = ''): Promise<void> {
  await popup.getByRole('button', { name: 'Clip this page' }).click();
  await popup
    .getByRole('status')
    .filter({ hasText: `Clipped: ${title}` })
    .waitFor();
}

/**
 * Press an extension shortcut as a user would: X key events to the Chromium window showing `windowTitle`.
 * There is no window manager under Xvfb, so the window is given input focus explicitly first.
 */
export function pressKeys(windowTitle: string, keys: string): void {
  // --sync waits for the window: a page just brought to the front may not have given Chromium's window its title yet
  // (a clean-clone CI run found no window titled 冒充的数据安全办法 right after goto)
  const ids = execFileSync('xdotool', ['search', '--sync', '--name', windowTitle], { encoding: 'utf8', timeout: 15_000 })
    .trim()
    .split('\n')
    .filter(Boolean);
  if (!ids.length) throw new Error(`no X window titled ${windowTitle}`);
  execFileSync('xdotool', ['windowfocus', '--sync', ids[ids.length - 1]!]);
  // Under load Chromium may take the focus change after the X server has: a key sent at once was sometimes lost.
  execFileSync('xdotool', ['sleep', '0.3']);
  execFileSync('xdotool', ['key', '--clearmodifiers', keys]);
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
// The highlighter's closed roots and painted ranges live in harness-highlighter.ts; the e2e files import them from here.
export { clickInClosedRoot, closedRootPoint, highlighterIn, inClosedRoots, paintedCount, paintedTexts } from './harness-highlighter';
