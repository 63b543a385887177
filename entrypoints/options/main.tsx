// Wiring only: the UI language, the database and a way to hand files to the browser.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/OptionsApp';
import type { DownloadFile } from '../../components/export-formats';
import { ClausemarkDB } from '../../utils/db';
import { detectLocale, setLocale, t } from '../../utils/i18n';
import { saveBlob } from '../../utils/save-blob';
import '../../components/theme.css';
import './style.css';

const save = (file: DownloadFile) => saveBlob(document, file.name, new Blob([file.data as BlobPart], { type: file.type }));

// `?lang=zh-CN` / `?lang=en` overrides the browser's language (screenshots, tests).
setLocale(detectLocale(new URLSearchParams(location.search).get('lang') ?? browser.i18n.getUILanguage()));
document.title = t('options.title');
render(<OptionsApp db={new ClausemarkDB()} save={save} />, document.getElementById('app')!);
