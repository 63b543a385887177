/**
 * The popup's very first step, run by a tiny classic script (entrypoints/popup-start.ts) that popup.html loads before
 * its ~290 kB module: find the tab and send the outline preview request while the module is still being fetched and
 * compiled. A big law's preview is a ~200 ms read in the tab; it now starts some 50–100 ms sooner. The module
 * (entrypoints/popup/early.ts) takes both promises over, or starts them itself when this script did not run.
 * Imports nothing but types and the PDF check: everything here is in the small script.
 */
import type { Envelope } from '../../utils/messaging/protocol';
import { looksLikePdf } from '../../utils/clipper/pdf-url';

export interface PopupTab {
  id: number;
  url: string | undefined;
  windowId: number;
}

interface TabLike {
  id?: number;
  url?: string;
  pendingUrl?: string;
  windowId: number;
}

export interface StartApis {
  tabs: {
    get(id: number): Promise<TabLike>;
    query(q: { active: boolean; currentWindow: boolean }): Promise<TabLike[]>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export interface PopupStart {
  tab: Promise<PopupTab | null>;
  /** the raw answer to `previewOutline` for that tab (its id beside it); null when no preview was asked for */
  preview: Promise<{ tabId: number; answer: Promise<unknown> } | null>;
}

const KEY = Symbol.for('clausemark.popupStart');

/** The tab the popup acts on: `?tab=ID` (tests, a pinned popup tab), else the active tab of its window. */
async function targetTab(apis: StartApis, search: string): Promise<PopupTab | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(param) && param > 0
      ? await apis.tabs.get(param).catch(() => undefined)
      : (await apis.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl, windowId: tab.windowId } : null;
}

/**
 * Looks the tab up and asks for its outline at once, clipped or not: the background looks the clip up first and
 * answers a clipped page with its stored outline without reading the tab (utils/clipper/outline-tab.ts). It refuses
 * pages it cannot read (browser pages) cheaply; the browser's PDF viewer takes no script, so a PDF is not asked.
 */
export function startPopup(apis: StartApis, search: string): PopupStart {
  const tab = targetTab(apis, search).catch(() => null);
  const preview = tab.then((t) => {
    if (!t?.url || looksLikePdf(t.url)) return null;
    const message: Envelope<'previewOutline'> = { type: 'previewOutline', data: { tabId: t.id } };
    // caught here so a dropped answer is never an unhandled rejection; protocol.ts's sendMessage reads it later
    const answer = apis.runtime.sendMessage(message);
    answer.catch(() => {});
    return { tabId: t.id, answer };
  });
  return { tab, preview };
}

/** Hand the started promises to the module through the popup's global scope. */
export function leaveStart(scope: object, start: PopupStart): void {
  (scope as Record<symbol, PopupStart>)[KEY] = start;
}

/** The promises the small script started, if it ran (taken once). */
export function takeStart(scope: object): PopupStart | undefined {
  const s = scope as Record<symbol, PopupStart | undefined>;
  const start = s[KEY];
  delete s[KEY];
  return start;
}
