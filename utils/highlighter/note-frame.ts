/**
 * The note frame on a live page: note.html (extension origin) in an iframe inside the highlighter's closed root.
 * The note is typed, shown and saved there, so neither its text nor its keystrokes are ever in the page. The frame
 * only tells us that the highlight changed (reload and repaint) or that it wants to close.
 */
import { isNoteSignal, NOTE_HELLO, newNonce, noteHash, type NoteHello } from '../note/channel';
import type { OverlayHost } from './host';

export interface NoteFrameDeps {
  doc: Document;
  host: OverlayHost;
  /** note.html's address in the extension (browser.runtime.getURL). */
  pageUrl: string;
  /** The extension's id (browser.runtime.id): Chrome's frame runs at its id's origin, not at the dynamic address. */
  extensionId: string;
  onChanged(): void;
}

export interface NoteFrame {
  open(id: string, at: DOMRect): void;
  close(): void;
  readonly isOpen: boolean;
}

const CSS = `iframe.note { position: fixed; z-index: 2147483647; width: 340px; height: 280px; border: 0; border-radius: 8px;
  color-scheme: normal; background: transparent; box-shadow: 0 4px 14px rgba(0,0,0,.25); pointer-events: auto; }`;
const W = 340;
const H = 280;

/**
 * The origin note.html's document has. In Chrome a use_dynamic_url resource is loaded by a per-session address, but
 * the document it gives runs at the extension's own origin, chrome-extension://<id>; elsewhere it is the address's.
 */
export function noteOrigin(pageUrl: string, extensionId: string): string {
  const u = new URL(pageUrl);
  return u.protocol === 'chrome-extension:' ? `chrome-extension://${extensionId}` : u.origin;
}

export function createNoteFrame(deps: NoteFrameDeps): NoteFrame {
  const { doc, host } = deps;
  const style = doc.createElement('style');
  style.textContent = CSS;
  host.root.appendChild(style);
  let frame: HTMLIFrameElement | null = null;
  let port: MessagePort | null = null;

  const close = () => {
    port?.close();
    port = null;
    frame?.remove();
    frame = null;
    host.hold('note', false);
  };
  const open = (id: string, at: DOMRect) => {
    close();
    const nonce = newNonce();
    const url = new URL(deps.pageUrl);
    const el = doc.createElement('iframe');
    el.className = 'note';
    el.src = `${url.origin}${url.pathname}${noteHash({ id, nonce })}`;
    const origin = noteOrigin(deps.pageUrl, deps.extensionId);
    const view = doc.defaultView!;
    const top = at.bottom + 8 + H > view.innerHeight ? Math.max(4, at.top - 8 - H) : at.bottom + 8;
    el.style.top = `${top}px`;
    el.style.left = `${Math.max(4, Math.min(at.left, view.innerWidth - W - 10))}px`;
    el.addEventListener(
      'load',
      () => {
        if (frame !== el || !el.contentWindow) return;
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => {
          if (frame !== el || !isNoteSignal(e.data)) return;
          if (e.data.type === 'changed') deps.onChanged();
          else close();
        };
        port = ch.port1;
        const hello: NoteHello = { type: NOTE_HELLO, nonce };
        // Addressed to the extension's origin: if the page navigated the frame elsewhere, the port goes nowhere.
        el.contentWindow.postMessage(hello, origin, [ch.port2]);
        el.focus();
      },
      { once: true },
    );
    frame = el;
    host.root.appendChild(el);
    host.hold('note', true);
  };
  return {
    open,
    close,
    get isOpen() {
      return !!frame;
    },
  };
}
