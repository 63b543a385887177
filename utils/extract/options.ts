/** What callers of extractArticle choose, and what they get back. */
import type { ClipMode, ExtractedPage, OutlineEntry } from '../types';
import type { MessageKey, Params } from '../i18n';

export interface ExtractOptions {
  /** 'allposts' keeps every post of a blog front page or thread view, not only the first (see ./passes/post-list). */
  mode?: ClipMode;
  /** Pages with more elements than this are not run through Readability (it would take seconds). */
  maxElements?: number;
  /** Pages nested deeper than this are not run through Readability either (see ./limits). */
  maxDepth?: number;
  /** Nor pages whose elements' depths sum to more than this (see ./limits). */
  maxWork?: number;
  /** Text kept at most; the rest of a longer article is cut off and the page marked truncated (see ./size-cap). */
  maxChars?: number;
  /** Sanitises the article element in place before it is serialised; omitted only by callers that sanitise later. */
  sanitize?: (root: Element) => void;
}

/** `key` and `params`: the i18n message of `message`, for the UI (utils/error-text.ts) */
export type ExtractFailure = { ok: false; code: 'no-article' | 'too-large'; message: string; key?: MessageKey; params?: Params };

export type ExtractOutcome = { ok: true; page: ExtractedPage } | ExtractFailure;

/** The outline alone (utils/extract/outline-only.ts): the outline and title a clip of the page would store. */
export type OutlineOutcome = { ok: true; outline: OutlineEntry[]; title: string } | ExtractFailure;
