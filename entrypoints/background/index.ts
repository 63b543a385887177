// Wiring only: browser events → use cases in utils/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ClausemarkDB, LibrarySearch, storedOutline } from '../../utils/db';
import { clipLinkedFile, clipTab, type ClipDeps } from '../../utils/clipper/clip-tab';
import { clipAttachment } from '../../utils/clipper/attachment-clip';
import { LINKED_FILE_PATTERNS } from '../../utils/clipper/doc-kind';
import { originPattern } from '../../utils/clipper/pdf-url';
import { askPdfSite } from '../../utils/clipper/pdf-site-grant';
import type { ClipSummary } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import { showBadge } from '../../utils/clipper/feedback';
import { highlightSelectionInTab, scrollTabToHighlight, showHighlights, type HighlighterTabDeps } from '../../utils/clipper/highlight-tab';
import {
  deleteHighlight,
  ensurePageClip,
  noteHighlight,
  pageHighlights,
  saveHighlight,
  updateHighlight,
  type HighlightDeps,
} from '../../utils/clipper/highlights';
import { previewOutline, scrollTabToHeading } from '../../utils/clipper/outline-tab';
import { route, senderContext, type Handlers, type SenderContext } from '../../utils/clipper/router';
import { anchoringKey, outcomeKey, writeSession } from '../../utils/messaging/session-keys';
import { ok } from '../../utils/result';
import type { ClipMode } from '../../utils/types';
import { AUTO_SHOW_KEY } from '../../utils/clipper/auto-show-sites';
import { migrateBroadGrant, pruneAutoShow, pruneOnClipChanges } from '../../utils/clipper/auto-show-wiring';
import { syncAutoShowNow } from './auto-show';
import { askCachedOutline, injectExtractor, injectHighlighter, injectLocator, injectOutlineReader } from './inject';
import { toolbarAction } from './action';
import { startLocale } from '../../utils/i18n/preference';
import {
  installMenus,
  languageChanged,
  MENU_CLIP,
  MENU_HIGHLIGHT,
  MENU_LINKED_FILE,
  retitleMenus,
  type MenusApi,
} from '../../utils/clipper/context-menus';
import { readPdf, servesPdf } from './pdf';

/** Handlers for content-script messages get the sender's tab and page URL; the router guarantees it. */
const page = (s: SenderContext) => (s.kind === 'content' ? s : { tabId: -1, url: '' });

export default defineBackground(() => {
  const db = new ClausemarkDB();
  // Loads lazily on the first search; follows writes from every extension context (see utils/db/search-sync.ts).
  const library = new LibrarySearch(db);
  const deps: ClipDeps = {
    db,
    getTabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    inject: injectExtractor,
    readPdf,
    servesPdf,
  };
  const clip = (tabId: number, mode: ClipMode) => report(tabId, clipTab(deps, tabId, mode));
  const report = async (tabId: number, clipping: Promise<Result<ClipSummary>>) => {
    const result = await clipping;
    // The popup is usually closed for shortcut/menu clips: remember the outcome for it and show a badge.
    await writeSession(browser.storage.session, outcomeKey(tabId), { result, at: Date.now() }).catch(() => {});
    await showBadge(toolbarAction, tabId, result).catch(() => {});
    return result;
  };
  const hl: HighlightDeps = { db, clip };
  const tabHl: HighlighterTabDeps = { getTabUrl: deps.getTabUrl, injectHighlighter };
  const handlers: Handlers = {
    clipTab: ({ tabId, mode }) => clip(tabId, mode),
    clipAttachment: (req) => clipAttachment(deps, req),
    previewOutline: ({ tabId }) =>
      previewOutline(
        {
          getTabUrl: deps.getTabUrl,
          storedOutline: (url) => storedOutline(db, url),
          cachedOutline: askCachedOutline,
          readOutline: injectOutlineReader,
        },
        tabId,
      ),
    scrollToHeading: ({ tabId, label, title, preview, occurrence, count }) =>
      scrollTabToHeading({ getTabUrl: deps.getTabUrl, locate: injectLocator }, tabId, { label, title, preview, occurrence, count }),
    showHighlights: ({ tabId }) => showHighlights(tabHl, tabId),
    scrollToHighlight: ({ tabId, id }) => scrollTabToHighlight(tabHl, tabId, id),
    pageHighlights: (_, s) => pageHighlights(db, page(s).url),
    ensurePageClip: (_, s) => ensurePageClip(hl, page(s).tabId, page(s).url),
    saveHighlight: (req, s) => saveHighlight(hl, page(s).tabId, page(s).url, req),
    updateHighlight: (req, s) => updateHighlight(hl, page(s).url, req),
    deleteHighlight: (req, s) => deleteHighlight(hl, page(s).url, req),
    noteHighlight: (req) => noteHighlight(db, req),
    searchLibrary: async (req) => ok(await library.search(req)),
    reportAnchoring: async (report, s) => {
      await writeSession(browser.storage.session, anchoringKey(page(s).tabId), { ...report, url: page(s).url, at: Date.now() }).catch(
        () => {},
      );
      return { ok: true, value: null };
    },
  };
  // Menu and shortcut grant activeTab for the tab: inject the highlighter and highlight the selection.
  const highlightSelection = async (tabId: number) => {
    const r = await highlightSelectionInTab(tabHl, tabId);
    if (!r.ok) await toolbarAction.setTitle({ tabId, title: `Clausemark: ${r.error.message}` }).catch(() => {});
    await toolbarAction.setBadgeText({ tabId, text: r.ok ? '✓' : '!' }).catch(() => {});
  };

  const menus = browser.contextMenus as unknown as MenusApi;
  browser.runtime.onInstalled.addListener((details) => {
    void startLocale(browser.storage.local, browser.i18n.getUILanguage()).then((l) => installMenus(menus, l, LINKED_FILE_PATTERNS));
    // Coming from the all-sites version: keep auto-show on where the user has highlights (it then syncs itself).
    if (details.reason === 'update') void migrateBroadGrant(db, browser.storage.local, browser.permissions).catch(() => []);
    void syncAutoShowNow();
  });
  // Auto-show: the highlighter runs on the sites in the setting that are granted; a site whose last clip is
  // deleted is turned off (its grant given back). The pages prune too: this worker may be asleep when they delete.
  const prune = () => pruneAutoShow(db, browser.storage.local, browser.permissions).catch(() => []);
  pruneOnClipChanges(db, prune);
  void prune();
  browser.runtime.onStartup.addListener(() => void syncAutoShowNow());
  browser.permissions.onAdded.addListener(() => void syncAutoShowNow());
  browser.permissions.onRemoved.addListener(() => void syncAutoShowNow());
  browser.storage.onChanged.addListener((changes, area) => {
    // A site turned on where clips already exist is marked clipped here (prune), so its last deletion turns it off.
    if (area === 'local' && AUTO_SHOW_KEY in changes) void prune().then(syncAutoShowNow);
    if (languageChanged(changes, area))
      void startLocale(browser.storage.local, browser.i18n.getUILanguage()).then((l) => retitleMenus(menus, l));
  });
  // Firefox's activeTab does not reach a PDF tab's site: the menu click asks for it (pdf-site-grant.ts says why)
  const askSite = (url?: string) => (import.meta.env.FIREFOX ? askPdfSite(browser.permissions, url) : null);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_CLIP) void Promise.resolve(askSite(tab.url)).then(() => clip(tab.id!, 'article'));
    if (info.menuItemId === MENU_HIGHLIGHT) void highlightSelection(tab.id);
    if (info.menuItemId === MENU_LINKED_FILE && info.linkUrl) {
      // A PDF or Word file on another site than the page: its site is asked for now, inside the click (the only time a request
      // may prompt); one the extension already has resolves at once.
      const site = originPattern(info.linkUrl);
      const asked =
        site && originPattern(tab.url ?? '') !== site ? browser.permissions.request({ origins: [site] }).catch(() => false) : null;
      const url = info.linkUrl;
      void Promise.resolve(asked).then(() => report(tab.id!, clipLinkedFile(deps, url, tab.id!)));
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'clip-page' && command !== 'highlight-selection') return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return;
      if (command === 'clip-page') await clip(id, 'article');
      else await highlightSelection(id);
    })();
  });
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const from = senderContext(sender, browser.runtime.id, origin);
    if (!from) return false;
    void route(handlers, msg, from).then((res) => sendResponse(res));
    return true; // keep the channel open for the async answer
  });
});
