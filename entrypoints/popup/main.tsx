// Wiring only: find the tab, hand browser APIs to the Preact app.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { ClausemarkDB } from '../../utils/db';
import { AUTO_ORIGINS } from '../../utils/clipper/auto-show';
import { sendMessage } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { ClipSummary } from '../../utils/messaging';
import { toolbarAction } from '../background/action';
import '../../components/theme.css';
import './style.css';

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  // `?tab=ID` lets the popup be opened as a page for a given tab (tests, keyboard users with a pinned popup tab).
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(param) && param > 0
    ? await browser.tabs.get(param).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? tab.pendingUrl } : null;
}

async function lastOutcome(tabId: number | undefined): Promise<Result<ClipSummary> | undefined> {
  if (tabId === undefined) return undefined;
  const key = `outcome:${tabId}`;
  const all: Record<string, unknown> = await browser.storage.session.get(key).catch(() => ({}));
  const stored = all[key] as { result: Result<ClipSummary>; at: number } | undefined;
  if (!stored || Date.now() - stored.at > 10 * 60_000) return undefined;
  await browser.storage.session.remove(key).catch(() => {});
  await toolbarAction.setBadgeText({ tabId, text: '' }).catch(() => {});
  return stored.result;
}

async function start() {
  // Ask once for persistent storage so the browser does not evict the library under disk pressure.
  void navigator.storage?.persist?.().catch(() => false);
  const db = new ClausemarkDB();
  const tab = await targetTab();
  render(
    <PopupApp
      db={db}
      tab={tab}
      lastOutcome={await lastOutcome(tab?.id)}
      clip={(tabId, mode) => sendMessage(browser.runtime, 'clipTab', { tabId, mode })}
      openUrl={(url) => void browser.tabs.create({ url })}
      previewOutline={(tabId) => sendMessage(browser.runtime, 'previewOutline', { tabId })}
      scrollToHeading={(tabId, request) => sendMessage(browser.runtime, 'scrollToHeading', { tabId, ...request })}
      showHighlights={(tabId) => sendMessage(browser.runtime, 'showHighlights', { tabId })}
      scrollToHighlight={(tabId, id) => sendMessage(browser.runtime, 'scrollToHighlight', { tabId, id })}
      openLibrary={() => void browser.runtime.openOptionsPage()}
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
