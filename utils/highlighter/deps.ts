/** What the in-page highlighter is given, and the brand that marks its instances. */
import type { MessageType, Req, Res } from '../messaging';
import type { OverlayHost } from './host';

export type Send = <K extends MessageType>(type: K, data: Req<K>) => Promise<Res<K>>;

export interface HighlighterDeps {
  doc: Document;
  send: Send;
  /** Injected on a visit by the registered content script: no toolbar on pages that are not clipped. */
  auto?: boolean;
  /** note.html's address (browser.runtime.getURL('/note.html')). */
  noteUrl: string;
  /** browser.runtime.id, for the note frame's origin. */
  extensionId: string;
  /** Tests only: make the host, to reach its closed root. */
  createHost?: (doc: Document) => OverlayHost;
}

/** Marks our instances (see instance.ts); a Symbol.for key, so it is the same in every injection of the bundle. */
export const HIGHLIGHTER_BRAND: unique symbol = Symbol.for('clausemark.highlighter.brand') as never;
