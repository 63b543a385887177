/** What the in-page highlighter shows, read from its closed shadow roots (CDP) and its instance (test build). */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readStores, waitFor, type Browser } from './harness';

/**
 * Run `fn` (a function source taking a ShadowRoot) on every closed shadow root of the page's main frame, through
 * CDP (which pierces closed roots), in an isolated world of the test's own: never in the page's world, whose scripts
 * may have patched the DOM to watch what touches it.
 */
export async function inClosedRoots<T>(page: Page, fn: string): Promise<T[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const roots: number[] = [];
    const walk = (n: CdpNode) => {
      for (const r of n.shadowRoots ?? []) {
        if (r.shadowRootType === 'closed') roots.push(r.backendNodeId);
        walk(r);
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    if (!roots.length) return [];
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'clausemark-test',
    });
    const out: T[] = [];
    for (const backendNodeId of roots) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId });
      const r = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
      out.push(r.result.value as T);
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
interface CdpNode {
  backendNodeId: number;
  shadowRootType?: string;
  shadowRoots?: CdpNode[];
  children?: CdpNode[];
}

/** How many highlights the in-page highlighter paints: distinct ids on its overlay boxes. */
export async function paintedCount(page: Page): Promise<number> {
  const lists = await inClosedRoots<string[]>(
    page,
    `function () { return [...this.querySelectorAll('.hl[data-id]')].map((b) => b.dataset.id); }`,
  );
  return new Set(lists.flat()).size;
}

/** Centre of the first element matching `selector` in a closed root (a toolbar button), for a trusted mouse click. */
export async function closedRootPoint(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  const fn = `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null;
    const r = el.getBoundingClientRect(); return r.width ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null; }`;
  return (await inClosedRoots<{ x: number; y: number } | null>(page, fn)).find(Boolean) ?? null;
}

/** Click an element inside a closed root with the mouse (isTrusted), once it is there. */
export async function clickInClosedRoot(page: Page, selector: string): Promise<void> {
  const at = await waitFor(() => closedRootPoint(page, selector), `${selector} in a closed root`);
  await page.mouse.click(at.x, at.y);
}

/** Whether the highlighter is in the tab (its instance in the extension's isolated world; test build only). */
export async function highlighterIn(b: Browser, tabId: number): Promise<boolean> {
  // A string, not a function: tsx would add helpers (__name) the service worker does not have.
  const script = `(async () => {
    const [r] = await chrome.scripting.executeScript({ target: { tabId: ${Number(tabId)} }, func: () => !!globalThis[Symbol.for('clausemark.highlighter')] });
    return !!(r && r.result);
  })()`;
  return (await b.sw.evaluate(script)) as boolean;
}

/**
 * Texts of the painted ranges by colour ('clausemark-green': [...]), asked of the highlighter instance in the
 * extension's isolated world; null before the highlighter is in the page.
 */
export async function paintedTexts(b: Browser, tabId: number): Promise<Record<string, string[]> | null> {
  // A string, not a function: tsx would add helpers (__name) the service worker does not have.
  const script = `(async () => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId: ${Number(tabId)} },
      func: () => {
        const hl = globalThis[Symbol.for('clausemark.highlighter')];
        if (!hl) return null;
        const out = {};
        for (const p of hl.painted()) (out['clausemark-' + p.color] ??= []).push(p.text);
        return out;
      },
    });
    return r ? r.result : null;
  })()`;
  return (await b.sw.evaluate(script)) as Record<string, string[]> | null;
}

export interface StoredHighlight {
  id: string;
  clipId: string;
  color: string;
  note: string;
  selectors: { quote: string; outlinePath: string[] };
}

export async function readHighlights(page: Page): Promise<StoredHighlight[]> {
  return (await readStores(page, ['highlights'])).highlights as StoredHighlight[];
}

export const noteFrame = (page: Page) => page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/note\.html/.test(f.url()));

/** Click on the first characters of a text (a click on an element's centre may land past the end of its text). */
export async function clickOnText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue?.indexOf(t) ?? -1;
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + 4);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, text);
  assert.ok(box, `text on the page: ${text}`);
  await page.mouse.click(box.x, box.y);
}
