/**
 * The one typed message protocol between extension pages, the background and injected scripts.
 * Errors travel as `{ ok: false, error }` values; a transport failure becomes such a value too.
 */
import type { HighlightColor } from '../model/colors';
import type {
  AttachmentKind,
  AttachmentLink,
  Clip,
  ClipMode,
  ExtractMode,
  Highlight,
  HighlightSelectors,
  LibraryFilter,
  OutlineEntry,
  SearchPage,
  SearchRequest,
} from '../model';
import type { HeadingTarget } from '../outline/heading-key';
import { problem, type Result } from '../result';

export interface ClipSummary {
  clipId: string;
  title: string;
  created: boolean;
  mode: ExtractMode;
  /** posts of a post list the article clip left out; the user can ask for them all ('allposts') */
  postsLeftOut: number;
  /** the page was longer than a clip keeps (utils/extract/size-cap): only its beginning was stored */
  truncated?: boolean;
  /** the files the page lists as its 附件: the popup offers to clip them with it */
  attachments?: AttachmentLink[];
}

/** One 附件 of a clipped notice to clip and link to it; `tabId` is the notice's tab (its access, its progress). */
export interface AttachmentRequest {
  tabId: number;
  noticeId: string;
  url: string;
  name: string;
  kind: AttachmentKind;
}

export interface OutlinePreview {
  outline: OutlineEntry[];
  title: string;
  /** set when the page is clipped: this is its stored outline, and the tab was not read */
  clipId?: string;
}

/**
 * An outline entry to find in the live page; `occurrence` counts earlier entries with the same heading key, `count` how
 * many entries share it (a page that shows more — a 目录 before the body — shows the extra ones first).
 */
export type HeadingRequest = HeadingTarget & { occurrence: number; count?: number };

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

/** What the highlighter's note frame does to its highlight (utils/note/store.ts). */
export type NoteOp =
  | { op: 'get'; id: string }
  | { op: 'set'; id: string; color?: HighlightColor; note?: string }
  | { op: 'delete'; id: string }
  /** undo of a delete made from the note frame: the background keeps the row for a while */
  | { op: 'restore'; id: string };

export type HighlighterAction =
  { action: 'show' } | { action: 'highlightSelection'; color: HighlightColor } | { action: 'scrollTo'; id: string };

export interface ProtocolMap {
  /** Extract the tab's page and save it as a clip. */
  clipTab: { req: { tabId: number; mode: ClipMode }; res: Result<ClipSummary> };
  /** Clip one 附件 of a notice just clipped in the tab, as a clip linked to it (issue 18). */
  clipAttachment: { req: AttachmentRequest; res: Result<ClipSummary> };
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
  /**
   * The highlighter's note frame (note.html inside a web page): read, edit or delete its one highlight. A frame in a
   * web page may be refused IndexedDB (third-party storage), so it asks the background. Extension pages only.
   */
  noteHighlight: { req: NoteOp; res: Result<Highlight | null> };
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

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}

/** Send a typed request; never throws. */
export async function sendMessage<K extends MessageType>(runtime: RuntimeLike, type: K, data: Req<K>): Promise<Res<K>> {
  try {
    const res = await runtime.sendMessage({ type, data } satisfies Envelope<K>);
    if (res && typeof res === 'object' && 'ok' in res) return res as Res<K>;
    return { ok: false, error: { code: 'internal', ...problem('page.error.noBackground') } } as Res<K>;
  } catch (e) {
    return {
      ok: false,
      error: { code: 'internal', ...problem('page.error.unreachable', { detail: String((e as Error)?.message ?? e) }) },
    } as Res<K>;
  }
}
