/**
 * The one typed message protocol between extension pages, the background and injected scripts.
 * Errors travel as `{ ok: false, error }` values; a transport failure becomes such a value too.
 */
import { isColor, type HighlightColor } from './anchoring/dom/paint';
import type { LibraryFilter } from './db/library-query';
import type { Clip, Highlight, HighlightSelectors } from './db/schema';
import type { HeadingTarget } from './outline/locate';
import type { Result } from './result';
import type { ClipMode, ExtractMode, OutlineEntry } from './types';

export interface ClipSummary {
  clipId: string;
  title: string;
  created: boolean;
  mode: ExtractMode;
  /** posts of a post list the article clip left out; the user can ask for them all ('allposts') */
  postsLeftOut: number;
}

export interface OutlinePreview {
  outline: OutlineEntry[];
  title: string;
}

/** An outline entry to find in the live page; `occurrence` counts earlier entries with the same heading key. */
export type HeadingRequest = HeadingTarget & { occurrence: number };

/** What a page's highlighter needs: its clip (null when not clipped), the clip's outline and its highlights. */
export interface PageHighlights {
  clipId: string | null;
  outline: OutlineEntry[];
  highlights: Highlight[];
}

/** Which of a page's highlights the highlighter could place in the live page. */
export interface AnchoringReport {
  placed: string[];
  missing: string[];
}

/** A stretch of a matching field, with the matched ranges as [start, end) offsets into `text` (no HTML). */
export interface SearchSnippet {
  field: 'title' | 'meta' | 'text' | 'highlight' | 'note';
  text: string;
  marks: [number, number][];
}

export interface SearchHit {
  clip: Clip;
  score: number;
  snippets: SearchSnippet[];
}

export interface SearchPage {
  /** every match, not just this page */
  total: number;
  hits: SearchHit[];
  tookMs: number;
}

export interface SearchRequest {
  query: string;
  filter: LibraryFilter;
  offset: number;
  limit: number;
}

export type HighlighterAction =
  | { action: 'show' }
  | { action: 'highlightSelection'; color: HighlightColor }
  | { action: 'scrollTo'; id: string };

export interface ProtocolMap {
  /** Extract the tab's page and save it as a clip. */
  clipTab: { req: { tabId: number; mode: ClipMode }; res: Result<ClipSummary> };
  /** Extract the tab's page for its outline only; nothing is saved. */
  previewOutline: { req: { tabId: number }; res: Result<OutlinePreview> };
  /** Scroll the tab to an outline entry's heading and mark it briefly. */
  scrollToHeading: { req: HeadingRequest & { tabId: number }; res: Result<{ found: boolean }> };
  /** Inject the highlighter into the tab; it anchors and paints the page's highlights and says which it placed. */
  showHighlights: { req: { tabId: number }; res: Result<AnchoringReport> };
  /** Scroll the tab to a painted highlight and mark it briefly. */
  scrollToHighlight: { req: { tabId: number; id: string }; res: Result<{ found: boolean }> };

  // From the injected highlighter only: the page is always the sender's tab and URL, never a payload field.
  /** The sender page's clip, outline and highlights. */
  pageHighlights: { req: Record<string, never>; res: Result<PageHighlights> };
  /** Clip the sender page if it is not clipped yet (every highlight belongs to a clip); gives its outline. */
  ensurePageClip: { req: Record<string, never>; res: Result<{ clipId: string; outline: OutlineEntry[] }> };
  saveHighlight: { req: { selectors: HighlightSelectors; color: HighlightColor; note: string }; res: Result<Highlight> };
  updateHighlight: { req: { id: string; color?: HighlightColor; note?: string }; res: Result<Highlight> };
  deleteHighlight: { req: { id: string }; res: Result<{ deleted: boolean }> };
  /** Full-text search over the library, filtered and paged (extension pages only). */
  searchLibrary: { req: SearchRequest; res: Result<SearchPage> };
  /** The highlighter re-anchored after a page change; kept for the popup. */
  reportAnchoring: { req: AnchoringReport; res: Result<null> };
}

/** Messages the injected highlighter may send; every other message is for extension pages only. */
export const CONTENT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'pageHighlights',
  'ensurePageClip',
  'saveHighlight',
  'updateHighlight',
  'deleteHighlight',
  'reportAnchoring',
]);

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

const isObject = (d: unknown): d is Record<string, unknown> => !!d && typeof d === 'object' && !Array.isArray(d);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNote = (v: unknown): v is string => typeof v === 'string' && v.length <= 10_000;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 10_000 && v.every(isId);

export function isHighlightSelectors(d: unknown): d is HighlightSelectors {
  if (!isObject(d)) return false;
  const { quote, prefix, suffix, start, end, outlinePath } = d;
  return (
    typeof quote === 'string' && quote.length > 0 && quote.length <= 100_000 &&
    typeof prefix === 'string' && prefix.length <= 1000 &&
    typeof suffix === 'string' && suffix.length <= 1000 &&
    isOffset(start) && isOffset(end) && end >= start &&
    Array.isArray(outlinePath) && outlinePath.length <= 20 && outlinePath.every(shortString)
  );
}

export function isHighlighterAction(d: unknown): d is HighlighterAction {
  if (!isObject(d)) return false;
  if (d.action === 'show') return true;
  if (d.action === 'highlightSelection') return isColor(d.color);
  return d.action === 'scrollTo' && isId(d.id);
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function isLibraryFilter(d: unknown): d is LibraryFilter {
  if (!isObject(d)) return false;
  const { collectionId, siteName, from, to, hasHighlights } = d;
  return (
    (collectionId === undefined || isId(collectionId)) &&
    (siteName === undefined || shortString(siteName)) &&
    (from === undefined || isTime(from)) &&
    (to === undefined || isTime(to)) &&
    (hasHighlights === undefined || typeof hasHighlights === 'boolean')
  );
}

/** Shape checks for every request: the background trusts nothing it receives. */
export const validators: { [K in MessageType]: (data: unknown) => data is Req<K> } = {
  clipTab: (d): d is Req<'clipTab'> =>
    hasTabId(d) && ['article', 'fulltext', 'allposts'].includes((d as Req<'clipTab'>).mode),
  previewOutline: (d): d is Req<'previewOutline'> => hasTabId(d),
  scrollToHeading: (d): d is Req<'scrollToHeading'> => hasTabId(d) && isHeadingRequest(d),
  showHighlights: (d): d is Req<'showHighlights'> => hasTabId(d),
  scrollToHighlight: (d): d is Req<'scrollToHighlight'> => hasTabId(d) && isId((d as { id?: unknown }).id),
  pageHighlights: (d): d is Req<'pageHighlights'> => isObject(d),
  ensurePageClip: (d): d is Req<'ensurePageClip'> => isObject(d),
  saveHighlight: (d): d is Req<'saveHighlight'> => isObject(d) && isHighlightSelectors(d.selectors) && isColor(d.color) && isNote(d.note),
  updateHighlight: (d): d is Req<'updateHighlight'> =>
    isObject(d) && isId(d.id) && (d.color === undefined || isColor(d.color)) && (d.note === undefined || isNote(d.note)),
  deleteHighlight: (d): d is Req<'deleteHighlight'> => isObject(d) && isId(d.id),
  searchLibrary: (d): d is Req<'searchLibrary'> =>
    isObject(d) && typeof d.query === 'string' && d.query.length <= 1000 && isLibraryFilter(d.filter) &&
    isOffset(d.offset) && Number.isInteger(d.limit) && (d.limit as number) >= 1 && (d.limit as number) <= 500,
  reportAnchoring: (d): d is Req<'reportAnchoring'> => isObject(d) && isIdList(d.placed) && isIdList(d.missing),
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
