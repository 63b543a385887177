// Wiring only: hand browser APIs to the Preact app. early.ts has already started the first reads.
import { db, firstPage, outcome as storedOutcome, pageOutline, tab as tabLookup } from './early';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { setLocale } from '../../utils/i18n';
import { startLocale } from '../../utils/i18n/preference';
import { pruneAutoShow, pruneOnClipChanges, siteAutoShow } from '../../utils/clipper/auto-show-wiring';
import { sendMessage } from '../../utils/messaging';
import { readPdfProgress } from '../../utils/clipper/pdf-messages';
import { originPattern } from '../../utils/clipper/pdf-url';
import { openableUrl } from '../../utils/safe-url';
import { saveBlob } from '../../utils/save-blob';
import { openSidePanel, type SidePanelApis } from '../../utils/sidepanel/open';
import '../../components/theme.css';
import './style.css';

const FIRST_PAGE_WAIT = 120;
const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** Marks a first render (library rows, outline entries); the bench reads it a frame later, once it has been painted. */
const markPainted = (name: string) => () => requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));

async function start() {
  // with cm-first-row: how much of the first render is the page loading and how much is ours
  performance.mark('cm-popup-start');
  // `?lang=en|zh-CN` overrides the language setting and the browser's language (screenshots, tests)
  const lang = new URLSearchParams(location.search).get('lang');
  const locale = startLocale(browser.storage.local, browser.i18n.getUILanguage(), lang === 'en' || lang === 'zh-CN' ? lang : null);
  // Ask once for persistent storage so the browser does not evict the library under disk pressure.
  void navigator.storage?.persist?.().catch(() => false);
  // All three are already on their way (early.ts). A slow database does not hold the popup back: past
  // FIRST_PAGE_WAIT the popup renders and the list follows.
  const [tab, outcome, page] = await Promise.all([tabLookup, storedOutcome, Promise.race([firstPage, delay(FIRST_PAGE_WAIT)])]);
  setLocale(await locale);
  render(
    <PopupApp
      db={db}
      tab={tab}
      lastOutcome={outcome}
      firstPage={page}
      clip={(tabId, mode) => sendMessage(browser.runtime, 'clipTab', { tabId, mode })}
      // a stored clip's address comes from pages and backups: never hand tabs.create a javascript:, data: or chrome: URL
      openUrl={(url) => {
        const safe = openableUrl(url);
        if (safe) void browser.tabs.create({ url: safe });
      }}
      previewOutline={(tabId) => sendMessage(browser.runtime, 'previewOutline', { tabId })}
      scrollToHeading={(tabId, request) => sendMessage(browser.runtime, 'scrollToHeading', { tabId, ...request })}
      showHighlights={(tabId) => sendMessage(browser.runtime, 'showHighlights', { tabId })}
      scrollToHighlight={(tabId, id) => sendMessage(browser.runtime, 'scrollToHighlight', { tabId, id })}
      openLibrary={() => void browser.runtime.openOptionsPage()}
      openLibraryPage={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
      // synchronous inside the click: the browser accepts opening the panel only during the user gesture
      openSidePanel={
        tab
          ? () =>
              void openSidePanel(browser as unknown as SidePanelApis, tab.windowId).then(
                () => window.close(),
                () => {},
              )
          : undefined
      }
      search={(query, filter, offset, limit) => sendMessage(browser.runtime, 'searchLibrary', { query, filter, offset, limit })}
      openReader={(clipId) =>
        void browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?clip=${encodeURIComponent(clipId)}` })
      }
      download={(filename, blob) => saveBlob(document, filename, blob)}
      onFirstRows={markPainted('cm-first-row')}
      onOutlineShown={markPainted('cm-outline')}
      earlyOutline={pageOutline}
      // Per site; the background registers the content script when the setting or the grants change.
      autoShow={siteAutoShow(browser.permissions, browser.storage.local, tab?.url)}
      watchPdfProgress={(tabId, on) => {
        const listen = (msg: unknown) => {
          const p = readPdfProgress(msg);
          if (p?.tabId === tabId) on(p.done, p.total);
        };
        browser.runtime.onMessage.addListener(listen);
        return () => browser.runtime.onMessage.removeListener(listen);
      }}
      attachments={{
        clipAttachment: (req) => sendMessage(browser.runtime, 'clipAttachment', req),
        requestOrigins: (origins) => browser.permissions.request({ origins }),
      }}
      requestSite={(url) => {
        const site = originPattern(url);
        return site ? browser.permissions.request({ origins: [site] }) : Promise.resolve(false);
      }}
    />,
    document.getElementById('app')!,
  );
  // Clips deleted here turn auto-show off on sites left without any; the background may be asleep to see it.
  pruneOnClipChanges(db, () => pruneAutoShow(db, browser.storage.local, browser.permissions));
}

void start();
