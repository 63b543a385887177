// Wiring only: `reader.html?clip=ID[&lang=zh-CN]` → the reader for that clip.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { ClausemarkDB } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { startLocale } from '../../utils/i18n/preference';
import '../../components/theme.css';
import './style.css';

const params = new URLSearchParams(location.search);
void startLocale(browser.storage.local, browser.i18n.getUILanguage(), params.get('lang')).then((locale) => {
  setLocale(locale);
  render(<ReaderApp db={new ClausemarkDB()} clipId={params.get('clip')} onPrint={() => window.print()} />, document.getElementById('app')!);
});
