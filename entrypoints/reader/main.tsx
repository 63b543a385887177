// Wiring only: `reader.html?clip=ID[&lang=zh-CN]` → the reader for that clip.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { ClausemarkDB } from '../../utils/db';
import { detectLocale, setLocale } from '../../utils/i18n';
import '../../components/theme.css';
import './style.css';

const params = new URLSearchParams(location.search);
setLocale(detectLocale(params.get('lang') ?? browser.i18n.getUILanguage()));
render(<ReaderApp db={new ClausemarkDB()} clipId={params.get('clip')} onPrint={() => window.print()} />, document.getElementById('app')!);
