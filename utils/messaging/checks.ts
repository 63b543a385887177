/**
 * Shape checks for every message of the protocol (./protocol.ts): the background trusts nothing it receives, and
 * the injected scripts check the requests they get through a global the same way.
 */
import { isColor } from '../model/colors';
import type { HighlightSelectors, LibraryFilter } from '../model';
import type { Envelope, HeadingRequest, HighlighterAction, MessageType, Req } from './protocol';

const hasTabId = (d: unknown): d is { tabId: number } => !!d && typeof d === 'object' && Number.isInteger((d as { tabId?: unknown }).tabId);
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
    r.occurrence >= 0 &&
    (r.count === undefined || (Number.isInteger(r.count) && r.count > r.occurrence && r.count <= 100_000))
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
    typeof quote === 'string' &&
    quote.length > 0 &&
    quote.length <= 100_000 &&
    typeof prefix === 'string' &&
    prefix.length <= 1000 &&
    typeof suffix === 'string' &&
    suffix.length <= 1000 &&
    isOffset(start) &&
    isOffset(end) &&
    end >= start &&
    Array.isArray(outlinePath) &&
    outlinePath.length <= 20 &&
    outlinePath.every(shortString)
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

const ATTACHMENT_KINDS = new Set(['pdf', 'docx', 'doc', 'wps', 'xls', 'xlsx', 'zip', 'unknown']);
const isWebUrl = (v: unknown): v is string => typeof v === 'string' && v.length <= 4000 && /^https?:\/\//i.test(v);

/** Shape checks for every request: the background trusts nothing it receives. */
export const validators: { [K in MessageType]: (data: unknown) => data is Req<K> } = {
  clipTab: (d): d is Req<'clipTab'> => hasTabId(d) && ['article', 'fulltext', 'allposts'].includes((d as Req<'clipTab'>).mode),
  clipAttachment: (d): d is Req<'clipAttachment'> => {
    const r = d as Record<string, unknown>;
    return hasTabId(d) && isId(r.noticeId) && isWebUrl(r.url) && shortString(r.name) && ATTACHMENT_KINDS.has(r.kind as string);
  },
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
    isObject(d) &&
    typeof d.query === 'string' &&
    d.query.length <= 1000 &&
    isLibraryFilter(d.filter) &&
    isOffset(d.offset) &&
    Number.isInteger(d.limit) &&
    (d.limit as number) >= 1 &&
    (d.limit as number) <= 500 &&
    (d.ids === undefined || typeof d.ids === 'boolean'),
  noteHighlight: (d): d is Req<'noteHighlight'> =>
    isObject(d) &&
    isId(d.id) &&
    (d.op === 'get' ||
      d.op === 'delete' ||
      d.op === 'restore' ||
      (d.op === 'set' && (d.color === undefined || isColor(d.color)) && (d.note === undefined || isNote(d.note)))),
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
