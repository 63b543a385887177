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
import { startPopup, takeStart, type PopupTab } from '../../components/page/popup-start';

export const db = new ClausemarkDB();

/** Resolves with the first page, or undefined when it fails (the live list then reports the error). */
export const firstPage: Promise<LibraryPage | undefined> = queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE }).catch(() => undefined);

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

// started by popup-start.js when it ran (it does in the built popup), else here
const started = takeStart(globalThis) ?? startPopup(browser, location.search);
export const tab: Promise<PopupTab | null> = started.tab;
export const outcome: Promise<Result<ClipSummary> | undefined> = tab.then((t) => lastOutcome(t?.id));
/** A big law's outline takes long to read from its tab: the request left with the tab lookup, before the clip lookup. */
export const pageOutline: Promise<EarlyOutline> = Promise.all([tab, started.preview]).then(([t, sent]) =>
  startPageOutline(db, t, (tabId) =>
    // the request already sent is read as protocol.ts reads any answer
    sendMessage(sent?.tabId === tabId ? { sendMessage: () => sent.answer } : browser.runtime, 'previewOutline', { tabId }),
  ),
);
