// Wiring only: which window to follow, and the browser APIs the side panel app gets as props.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { ClausemarkDB } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { startLocale } from '../../utils/i18n/preference';
import { sendMessage } from '../../utils/messaging';
import { probeAccess } from '../../utils/sidepanel/access';
import { followWindow, type TabsApi } from '../../utils/sidepanel/tab-source';
import '../../components/theme.css';
import '../popup/style.css';
import './style.css';

const api: TabsApi = {
  tabs: {
    get: (id) => browser.tabs.get(id),
    query: (q) => browser.tabs.query(q),
    onActivated: browser.tabs.onActivated,
    onUpdated: browser.tabs.onUpdated,
  },
  windows: { onFocusChanged: browser.windows.onFocusChanged },
};

async function start() {
  // `?lang=` and `?tab=ID` (follow that tab's window) are for tests and screenshots, like the popup's `?tab=`.
  const params = new URLSearchParams(location.search);
  setLocale(await startLocale(browser.storage.local, browser.i18n.getUILanguage(), params.get('lang')));
  const wanted = Number(params.get('tab'));
  const first = Number.isInteger(wanted) && wanted > 0 ? await browser.tabs.get(wanted).catch(() => undefined) : undefined;
  // In a real side panel there is no own tab; opened as a page, the panel must not follow itself.
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const windowId = first?.windowId ?? own?.windowId ?? (await browser.windows.getCurrent()).id;
  const tabs = followWindow(api, windowId ?? -1, own?.id, first?.id);
  render(
    <SidePanelApp
      db={new ClausemarkDB()}
      tabs={tabs}
      clip={(tabId, mode) => sendMessage(browser.runtime, 'clipTab', { tabId, mode })}
      previewOutline={(tabId) => sendMessage(browser.runtime, 'previewOutline', { tabId })}
      scrollToHeading={(tabId, request) => sendMessage(browser.runtime, 'scrollToHeading', { tabId, ...request })}
      showHighlights={(tabId) => sendMessage(browser.runtime, 'showHighlights', { tabId })}
      scrollToHighlight={(tabId, id) => sendMessage(browser.runtime, 'scrollToHighlight', { tabId, id })}
      probeAccess={(tabId) => probeAccess(() => browser.scripting.executeScript({ target: { tabId }, func: () => true }))}
      requestSite={(pattern) => browser.permissions.request({ origins: [pattern] })}
      requestTabAddresses={() => browser.permissions.request({ permissions: ['tabs'] })}
    />,
    document.getElementById('app')!,
  );
}

void start();
