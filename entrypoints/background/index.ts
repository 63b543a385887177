// Wiring only: browser events → use cases in utils/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ClausemarkDB } from '../../utils/db';
import { clipTab, type ClipDeps } from '../../utils/clipper/clip-tab';
import { showBadge } from '../../utils/clipper/feedback';
import { previewOutline, scrollTabToHeading } from '../../utils/clipper/outline-tab';
import { isTrustedSender, route, type Handlers } from '../../utils/clipper/router';
import type { ExtractMode } from '../../utils/types';
import { injectExtractor, injectLocator } from './inject';
import { toolbarAction } from './action';

const MENU_CLIP = 'clip-page';

export default defineBackground(() => {
  const db = new ClausemarkDB();
  const deps: ClipDeps = {
    db,
    getTabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    inject: injectExtractor,
  };
  const clip = async (tabId: number, mode: ExtractMode) => {
    const result = await clipTab(deps, tabId, mode);
    // The popup is usually closed for shortcut/menu clips: remember the outcome for it and show a badge.
    await browser.storage.session.set({ [`outcome:${tabId}`]: { result, at: Date.now() } }).catch(() => {});
    await showBadge(toolbarAction, tabId, result).catch(() => {});
    return result;
  };
  const handlers: Handlers = {
    clipTab: ({ tabId, mode }) => clip(tabId, mode),
    previewOutline: ({ tabId }) => previewOutline(deps, tabId),
    scrollToHeading: ({ tabId, label, title, preview, occurrence }) =>
      scrollTabToHeading({ getTabUrl: deps.getTabUrl, locate: injectLocator }, tabId, { label, title, preview, occurrence }),
  };

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: MENU_CLIP, title: browser.i18n.getMessage('menuClipPage'), contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CLIP && tab?.id !== undefined) void clip(tab.id, 'article');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'clip-page') return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await clip(id, 'article');
    })();
  });
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const trusted = isTrustedSender(sender, browser.runtime.id, origin);
    if (!trusted) return false;
    void route(handlers, msg, trusted).then((res) => sendResponse(res));
    return true; // keep the channel open for the async answer
  });
});
