// Wiring only: `note.html[?lang=zh-CN]#id=…&nonce=…`, framed by the highlighter in a web page → the note panel for that
// highlight, talking to the highlighter over the port it hands us with the nonce (utils/note/channel.ts).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NotePanel } from '../../components/note/NotePanel';
import { setLocale } from '../../utils/i18n';
import { startLocale } from '../../utils/i18n/preference';
import { sendMessage } from '../../utils/messaging';
import { acceptPort, readNoteHash, type NoteSignal } from '../../utils/note/channel';
import { messageStore } from '../../utils/note/store';
import '../../components/theme.css';
import './style.css';

const lang = new URLSearchParams(location.search).get('lang');
const target = readNoteHash(location.hash);
if (target) {
  let port: MessagePort | null = null;
  const waiting: NoteSignal[] = [];
  acceptPort(window, target.nonce, (p) => {
    port = p;
    for (const s of waiting.splice(0)) p.postMessage(s);
  });
  const signal = (s: NoteSignal) => (port ? port.postMessage(s) : waiting.push(s));
  const store = messageStore((op) => sendMessage(browser.runtime, 'noteHighlight', op));
  // the port listener is set first (the highlighter may post at once); the panel waits for the language setting
  void startLocale(browser.storage.local, browser.i18n.getUILanguage(), lang).then((locale) => {
    setLocale(locale);
    render(<NotePanel store={store} id={target.id} signal={signal} />, document.getElementById('app')!);
  });
}
