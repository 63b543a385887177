// Wiring only: the UI language, the database, a way to hand files to the browser, and the auto-show sites.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import type { AutoShowSitesProps } from '../../components/options/AutoShowSites';
import type { DownloadFile } from '../../components/export-formats';
import { AUTO_SHOW_KEY, disableSites } from '../../utils/clipper/auto-show-sites';
import { siteStore } from '../../utils/clipper/auto-show-wiring';
import { ClausemarkDB } from '../../utils/db';
import { setLocale, t } from '../../utils/i18n';
import { LANGUAGE_KEY, readLanguagePref, startLocale } from '../../utils/i18n/preference';
import { saveBlob } from '../../utils/save-blob';
import '../../components/theme.css';
import './style.css';

const save = (file: DownloadFile) => saveBlob(document, file.name, new Blob([file.data as BlobPart], { type: file.type }));

const store = siteStore(browser.storage.local);
const autoShow: AutoShowSitesProps = {
  load: async () => (await store.load()).map((s) => s.pattern),
  // The background sees the setting change and narrows the highlighter's registration.
  remove: (pattern) => disableSites({ store, remove: (origins) => browser.permissions.remove({ origins }) }, [pattern]),
  subscribe: (onChange) => {
    const listener = (changes: Record<string, unknown>, area: string) => area === 'local' && AUTO_SHOW_KEY in changes && onChange();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
async function start() {
  // `?lang=zh-CN` / `?lang=en` overrides the setting and the browser's language (screenshots, tests).
  const lang = new URLSearchParams(location.search).get('lang');
  const [locale, stored] = await Promise.all([
    startLocale(browser.storage.local, browser.i18n.getUILanguage(), lang),
    browser.storage.local.get(LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>),
  ]);
  setLocale(locale);
  document.title = t('options.title');
  const language = {
    value: readLanguagePref((stored as Record<string, unknown>)[LANGUAGE_KEY]),
    // a reload is the one way every component re-reads its strings; without `?lang=` so the setting shows
    onChange: (value: string) => void browser.storage.local.set({ [LANGUAGE_KEY]: value }).then(() => location.replace(location.pathname)),
  };
  render(<OptionsApp db={new ClausemarkDB()} save={save} autoShow={autoShow} language={language} />, document.getElementById('app')!);
}

void start();
