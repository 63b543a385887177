/**
 * How the highlighter (content script, in a web page) and its note frame (note.html, extension origin) talk. The
 * frame's address carries the highlight id and a random nonce in its hash; the content script posts one end of a
 * MessageChannel with the nonce to the frame, addressed to the extension's origin (a frame the page navigated away
 * gets nothing). The frame takes the first such message with the right nonce and ignores every other message. Over
 * the port the frame only signals (`changed`, `close`): the note's text never goes through the page's process side.
 */

export const NOTE_HELLO = 'clausemark-note-port';

export interface NoteHello {
  type: typeof NOTE_HELLO;
  nonce: string;
}

export type NoteSignal = { type: 'changed' } | { type: 'close' };

export interface NoteTarget {
  id: string;
  nonce: string;
}

export function noteHash(t: NoteTarget): string {
  return `#${new URLSearchParams({ id: t.id, nonce: t.nonce }).toString()}`;
}

export function readNoteHash(hash: string): NoteTarget | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const id = p.get('id');
  const nonce = p.get('nonce');
  return id && nonce && nonce.length >= 16 ? { id, nonce } : null;
}

export function isNoteSignal(v: unknown): v is NoteSignal {
  const type = (v as { type?: unknown } | null)?.type;
  return type === 'changed' || type === 'close';
}

/** Frame side: resolve with the port of the first message carrying our nonce; stop listening after it. */
export function acceptPort(win: Window, nonce: string, onPort: (port: MessagePort) => void): () => void {
  const listener = (e: MessageEvent) => {
    const d = e.data as Partial<NoteHello> | null;
    const port = e.ports?.[0];
    if (!d || d.type !== NOTE_HELLO || d.nonce !== nonce || !port) return;
    win.removeEventListener('message', listener);
    onPort(port);
  };
  win.addEventListener('message', listener);
  return () => win.removeEventListener('message', listener);
}

/** A nonce the page cannot guess. */
export function newNonce(crypto: Crypto = globalThis.crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
