// Imported before anything else by main.tsx: the popup's slow first reads — the library's first page (IndexedDB), the
// tab it acts on and a clip outcome waiting for it (browser IPC), the page's outline (stored, or read from the tab) —
// start while the rest of its code is evaluated.
import { browser } from 'wxt/browser';
import { ClausemarkDB, PAGE_SIZE, queryLibrary, type LibraryPage } from '../../utils/db';
import { sendMessage, type ClipSummary } from '../../utils/messaging';
import { startPageOutline, type EarlyOutline } from '../../components/page/early-outline';
import { outcomeKey, readSession } from '../../utils/messaging/session-keys';
import type { Result } from '../../utils/result';
import { toolbarAction } from '../background/action';

export interface PopupTab {
  id: number;
  url: string | undefined;
  windowId: number;
}

export const db = new ClausemarkDB();

/** Resolves with the first page, or undefined when it fails (the live list then reports the error). */
export const firstPage: Promise<LibraryPage | undefined> = queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE }).catch(() => undefined);

async function targetTab(): Promise<PopupTab | null> {
  // `?tab=ID` lets the popup be opened as a page for a given tab (tests, keyboard users with a pinned popup tab).
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(param) && param > 0
      ? await browser.tabs.get(param).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl, windowId: tab.windowId } : null;
}

/** The outcome of a shortcut/menu clip of this tab made while the popup was closed (kept for 10 minutes). */
async function lastOutcome(tabId: number | undefined): Promise<Result<ClipSummary> | undefined> {
  if (tabId === undefined) return undefined;
  const key = outcomeKey(tabId);
  const stored = await readSession(browser.storage.session, key);
  if (!stored || Date.now() - stored.at > 10 * 60_000) return undefined;
  // shown now: forget it and clear the badge, without holding up the first render
  void browser.storage.session.remove(key).catch(() => {});
  void toolbarAction.setBadgeText({ tabId, text: '' }).catch(() => {});
  return stored.result;
}

export const tab: Promise<PopupTab | null> = targetTab();
export const outcome: Promise<Result<ClipSummary> | undefined> = tab.then((t) => lastOutcome(t?.id));
/** A big law's outline takes long to read from its tab: the request leaves as soon as the tab is known not clipped. */
export const pageOutline: Promise<EarlyOutline> = tab.then((t) =>
  startPageOutline(db, t, (tabId) => sendMessage(browser.runtime, 'previewOutline', { tabId })),
);
