/**
 * The one typed message protocol between extension pages, the background and injected scripts.
 * Errors travel as `{ ok: false, error }` values; a transport failure becomes such a value too.
 */
import type { Result } from './result';
import type { ExtractMode } from './types';

export interface ClipSummary {
  clipId: string;
  title: string;
  created: boolean;
  mode: ExtractMode;
}

export interface ProtocolMap {
  /** Extract the tab's page and save it as a clip. */
  clipTab: { req: { tabId: number; mode: ExtractMode }; res: Result<ClipSummary> };
}

export type MessageType = keyof ProtocolMap;
export type Req<K extends MessageType> = ProtocolMap[K]['req'];
export type Res<K extends MessageType> = ProtocolMap[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Req<K>;
}

/** Shape checks for every request: the background trusts nothing it receives. */
export const validators: { [K in MessageType]: (data: unknown) => data is Req<K> } = {
  clipTab: (d): d is Req<'clipTab'> =>
    !!d &&
    typeof d === 'object' &&
    Number.isInteger((d as Req<'clipTab'>).tabId) &&
    ((d as Req<'clipTab'>).mode === 'article' || (d as Req<'clipTab'>).mode === 'fulltext'),
};

export function isEnvelope(msg: unknown): msg is Envelope {
  return (
    !!msg &&
    typeof msg === 'object' &&
    typeof (msg as Envelope).type === 'string' &&
    Object.prototype.hasOwnProperty.call(validators, (msg as Envelope).type)
  );
}

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Send a typed request; never throws. */
export async function sendMessage<K extends MessageType>(runtime: RuntimeLike, type: K, data: Req<K>): Promise<Res<K>> {
  try {
    const res = await runtime.sendMessage({ type, data } satisfies Envelope<K>);
    if (res && typeof res === 'object' && 'ok' in res) return res as Res<K>;
    return { ok: false, error: { code: 'internal', message: 'The extension background did not answer.' } } as Res<K>;
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: `Could not reach the extension background: ${String((e as Error)?.message ?? e)}` } } as Res<K>;
  }
}
