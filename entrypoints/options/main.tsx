// Wiring only: the UI language, the database and a way to hand files to the browser.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/OptionsApp';
import type { DownloadFile } from '../../components/export-formats';
import { ClausemarkDB } from '../../utils/db';
import { detectLocale, setLocale, t } from '../../utils/i18n';
import '../../components/theme.css';
import './style.css';

/** Save through a blob URL and <a download>: no "downloads" permission needed. */
function save(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked later: the browser reads the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// `?lang=zh-CN` / `?lang=en` overrides the browser's language (screenshots, tests).
setLocale(detectLocale(new URLSearchParams(location.search).get('lang') ?? browser.i18n.getUILanguage()));
document.title = t('options.title');
render(<OptionsApp db={new ClausemarkDB()} save={save} />, document.getElementById('app')!);
