// Wiring only: find the tab, hand browser APIs to the Preact app.
import { db, firstPage } from './first-page';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { detectLocale, setLocale } from '../../utils/i18n';
import { AUTO_ORIGINS } from '../../utils/clipper/auto-show';
import { sendMessage } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { ClipSummary } from '../../utils/messaging';
import { toolbarAction } from '../background/action';
import { saveBlob } from '../../utils/save-blob';
import { openSidePanel, type SidePanelApis } from '../../utils/sidepanel/open';
import '../../components/theme.css';
import './style.css';

async function targetTab(): Promise<{ id: number; url: string | undefined; windowId: number } | null> {
  // `?tab=ID` lets the popup be opened as a page for a given tab (tests, keyboard users with a pinned popup tab).
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(param) && param > 0
    ? await browser.tabs.get(param).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl, windowId: tab.windowId } : null;
}

async function lastOutcome(tabId: number | undefined): Promise<Result<ClipSummary> | undefined> {
  if (tabId === undefined) return undefined;
  const key = `outcome:${tabId}`;
  const all: Record<string, unknown> = await browser.storage.session.get(key).catch(() => ({}));
  const stored = all[key] as { result: Result<ClipSummary>; at: number } | undefined;
  if (!stored || Date.now() - stored.at > 10 * 60_000) return undefined;
  // shown now: forget it and clear the badge, without holding up the first render
  void browser.storage.session.remove(key).catch(() => {});
  void toolbarAction.setBadgeText({ tabId, text: '' }).catch(() => {});
  return stored.result;
}

const FIRST_PAGE_WAIT = 120;
const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** Marks the first library rows on screen; the bench reads it (a frame later, so the rows have been painted). */
function markFirstRows(): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark('cm-first-row'), 0));
}

async function start() {
  // with cm-first-row: how much of the first render is the page loading and how much is ours
  performance.mark('cm-popup-start');
  // `?lang=en|zh-CN` overrides the browser's language (screenshots, tests)
  const lang = new URLSearchParams(location.search).get('lang');
  setLocale(lang === 'en' || lang === 'zh-CN' ? lang : detectLocale(browser.i18n.getUILanguage()));
  // Ask once for persistent storage so the browser does not evict the library under disk pressure.
  void navigator.storage?.persist?.().catch(() => false);
  const tab = await targetTab();
  // The first page is already being read (first-page.ts). A slow database does not hold the popup back: past
  // FIRST_PAGE_WAIT the popup renders and the list follows.
  const [outcome, page] = await Promise.all([lastOutcome(tab?.id), Promise.race([firstPage, delay(FIRST_PAGE_WAIT)])]);
  render(
    <PopupApp
      db={db}
      tab={tab}
      lastOutcome={outcome}
      firstPage={page}
      clip={(tabId, mode) => sendMessage(browser.runtime, 'clipTab', { tabId, mode })}
      openUrl={(url) => void browser.tabs.create({ url })}
      previewOutline={(tabId) => sendMessage(browser.runtime, 'previewOutline', { tabId })}
      scrollToHeading={(tabId, request) => sendMessage(browser.runtime, 'scrollToHeading', { tabId, ...request })}
      showHighlights={(tabId) => sendMessage(browser.runtime, 'showHighlights', { tabId })}
      scrollToHighlight={(tabId, id) => sendMessage(browser.runtime, 'scrollToHighlight', { tabId, id })}
      openLibrary={() => void browser.runtime.openOptionsPage()}
      // synchronous inside the click: the browser accepts opening the panel only during the user gesture
      openSidePanel={tab ? () => void openSidePanel(browser as unknown as SidePanelApis, tab.windowId).then(() => window.close(), () => {}) : undefined}
      search={(query, filter, offset, limit) => sendMessage(browser.runtime, 'searchLibrary', { query, filter, offset, limit })}
      openReader={(clipId) => void browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?clip=${encodeURIComponent(clipId)}` })}
      download={(filename, blob) => saveBlob(document, filename, blob)}
      onFirstRows={markFirstRows}
      autoShow={{
        isEnabled: () => browser.permissions.contains({ origins: AUTO_ORIGINS }),
        // The background registers or unregisters the content script when the permission changes.
        setEnabled: async (on) =>
          on ? browser.permissions.request({ origins: AUTO_ORIGINS }) : !(await browser.permissions.remove({ origins: AUTO_ORIGINS })),
      }}
    />,
    document.getElementById('app')!,
  );
}

void start();
