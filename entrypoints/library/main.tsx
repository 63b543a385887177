// Wiring only: `library.html[?lang=zh-CN|en]#<view>` → the full-tab library; the hash keeps the view (bookmarkable).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryPage } from '../../components/libpage/LibraryPage';
import { pruneAutoShow, pruneOnClipChanges } from '../../utils/clipper/auto-show-wiring';
import { ClausemarkDB } from '../../utils/db';
import { setLocale, t } from '../../utils/i18n';
import { startLocale } from '../../utils/i18n/preference';
import { viewFromHash, viewToHash } from '../../utils/library';
import { sendMessage } from '../../utils/messaging';
import { ok } from '../../utils/result';
import { openableUrl } from '../../utils/safe-url';
import { saveBlob } from '../../utils/save-blob';
import '../../components/theme.css';
import './style.css';

/** Marks the first table rows on screen; the bench reads it (a frame later, so they have been painted). */
const markFirstRows = () => requestAnimationFrame(() => setTimeout(() => performance.mark('cm-first-row'), 0));

// with cm-first-row: how much of the first paint is loading the page and its script, and how much is ours
performance.mark('cm-libpage-start');
const db = new ClausemarkDB();
const mount = () =>
  render(
    <LibraryPage
      key={location.hash}
      db={db}
      initialView={viewFromHash(location.hash)}
      // replaceState: no history entry per keystroke; `hashchange` does not fire for it
      onViewChange={(view) => history.replaceState(null, '', `${location.pathname}${location.search}${viewToHash(view)}`)}
      search={async (query) => {
        const res = await sendMessage(browser.runtime, 'searchLibrary', { query, filter: {}, offset: 0, limit: 1, ids: true });
        return res.ok ? ok(res.value.ids ?? []) : res;
      }}
      openReader={(clipId) =>
        void browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?clip=${encodeURIComponent(clipId)}` })
      }
      openUrl={(url) => {
        const safe = openableUrl(url);
        if (safe) void browser.tabs.create({ url: safe });
      }}
      download={(filename, blob) => saveBlob(document, filename, blob)}
      onFirstRows={markFirstRows}
    />,
    document.getElementById('app')!,
  );
// the language setting (auto / 中文 / English) is read first; ?lang= wins
void startLocale(browser.storage.local, browser.i18n.getUILanguage(), new URLSearchParams(location.search).get('lang')).then((locale) => {
  setLocale(locale);
  document.title = `${t('libpage.title')} · ${t('common.appName')}`;
  mount();
});
// a bookmark or link to another view opened in this tab
window.addEventListener('hashchange', mount);
// clips deleted here turn auto-show off on sites left without any (as the popup does)
pruneOnClipChanges(db, () => pruneAutoShow(db, browser.storage.local, browser.permissions));
