/** Dispatches protocol messages to handlers after checking who sent them and what they sent. */
import { fail } from '../result';
import { isEnvelope, validators, type MessageType, type Req, type Res } from '../messaging';

export type Handlers = { [K in MessageType]: (data: Req<K>) => Promise<Res<K>> };

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Only this extension's own pages (popup, or extension pages open in a tab) may call the background.
 * Content scripts we inject report the web page's URL; they send nothing today, so they are refused.
 */
export function isTrustedSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Handle one incoming message; resolves to undefined for messages that are not ours (they get no answer). */
export async function route(
  handlers: Handlers,
  msg: unknown,
  trusted: boolean,
): Promise<Res<MessageType> | undefined> {
  if (!trusted || !isEnvelope(msg)) return undefined;
  const type = msg.type;
  if (!validators[type](msg.data)) return fail('bad-request', `Malformed ${type} request.`);
  try {
    // One handler per type: the validator above narrowed msg.data to this handler's request.
    return await (handlers[type] as (data: unknown) => Promise<Res<MessageType>>)(msg.data);
  } catch (e) {
    return fail('internal', e instanceof Error ? e.message : String(e));
  }
}
