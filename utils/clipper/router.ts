/** Dispatches protocol messages to handlers after checking who sent them and what they sent. */
import { fail } from '../result';
import { CONTENT_MESSAGES, type MessageType, type Req, type Res } from '../messaging';
import { isEnvelope, validators } from '../messaging/checks';

/** Who sent a message, as far as the browser vouches for it. */
export type SenderContext =
  | { kind: 'extension' }
  /** the highlighter we injected into a web page: its tab and the page's URL */
  | { kind: 'content'; tabId: number; url: string };

export type Handlers = { [K in MessageType]: (data: Req<K>, sender: SenderContext) => Promise<Res<K>> };

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension's own pages (popup, or extension pages open in a tab). */
export function isTrustedSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Extension pages, or a content script of this extension in the top frame of a web page (only the highlighter is
 * ever injected there and sends anything). Anything else — other extensions, pages, subframes — gets null.
 */
export function senderContext(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderContext | null {
  if (isTrustedSender(sender, extensionId, extensionOrigin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || !Number.isInteger(tabId) || typeof sender.url !== 'string') return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  if (!/^(https?|file):/i.test(sender.url)) return null;
  return { kind: 'content', tabId: tabId!, url: sender.url };
}

/** Handle one incoming message; resolves to undefined for messages that are not ours (they get no answer). */
export async function route(handlers: Handlers, msg: unknown, sender: SenderContext | null): Promise<Res<MessageType> | undefined> {
  if (!sender || !isEnvelope(msg)) return undefined;
  const type = msg.type;
  // Content scripts may only use the highlight messages; those make no sense from an extension page.
  if ((sender.kind === 'content') !== CONTENT_MESSAGES.has(type)) return undefined;
  if (!validators[type](msg.data)) return fail('bad-request', `Malformed ${type} request.`);
  try {
    // One handler per type: the validator above narrowed msg.data to this handler's request.
    return await (handlers[type] as (data: unknown, s: SenderContext) => Promise<Res<MessageType>>)(msg.data, sender);
  } catch (e) {
    return fail('internal', e instanceof Error ? e.message : String(e));
  }
}
