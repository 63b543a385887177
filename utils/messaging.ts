/**
 * The one typed message protocol between extension pages, the background and injected scripts.
 * Errors travel as `{ ok: false, error }` values; a transport failure becomes such a value too.
 */
import type { HeadingTarget } from './outline/locate';
import type { Result } from './result';
import type { ExtractMode, OutlineEntry } from './types';

export interface ClipSummary {
  clipId: string;
  title: string;
  created: boolean;
  mode: ExtractMode;
}

export interface OutlinePreview {
  outline: OutlineEntry[];
  title: string;
}

/** An outline entry to find in the live page; `occurrence` counts earlier entries with the same heading key. */
export type HeadingRequest = HeadingTarget & { occurrence: number };

export interface ProtocolMap {
  /** Extract the tab's page and save it as a clip. */
  clipTab: { req: { tabId: number; mode: ExtractMode }; res: Result<ClipSummary> };
  /** Extract the tab's page for its outline only; nothing is saved. */
  previewOutline: { req: { tabId: number }; res: Result<OutlinePreview> };
  /** Scroll the tab to an outline entry's heading and mark it briefly. */
  scrollToHeading: { req: HeadingRequest & { tabId: number }; res: Result<{ found: boolean }> };
}

export type MessageType = keyof ProtocolMap;
export type Req<K extends MessageType> = ProtocolMap[K]['req'];
export type Res<K extends MessageType> = ProtocolMap[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Req<K>;
}

const hasTabId = (d: unknown): d is { tabId: number } =>
  !!d && typeof d === 'object' && Number.isInteger((d as { tabId?: unknown }).tabId);
const shortString = (v: unknown): v is string => typeof v === 'string' && v.length <= 2000;

/** Also checked by the injected locate script, which gets the request through a global, not a message. */
export function isHeadingRequest(d: unknown): d is HeadingRequest {
  if (!d || typeof d !== 'object') return false;
  const r = d as HeadingRequest;
  return (
    (r.label === null || shortString(r.label)) &&
    shortString(r.title) &&
    shortString(r.preview) &&
    Number.isInteger(r.occurrence) &&
    r.occurrence >= 0
  );
}

/** Shape checks for every request: the background trusts nothing it receives. */
export const validators: { [K in MessageType]: (data: unknown) => data is Req<K> } = {
  clipTab: (d): d is Req<'clipTab'> =>
    hasTabId(d) && ((d as Req<'clipTab'>).mode === 'article' || (d as Req<'clipTab'>).mode === 'fulltext'),
  previewOutline: (d): d is Req<'previewOutline'> => hasTabId(d),
  scrollToHeading: (d): d is Req<'scrollToHeading'> => hasTabId(d) && isHeadingRequest(d),
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
