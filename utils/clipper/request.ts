/**
 * How the background hands a request to a script it injects: it first sets an isolated-world global (pages
 * cannot see it), then runs the script file, which takes the value once. executeScript cannot pass arguments to files.
 */
import type { HeadingRequest, HighlighterAction } from '../messaging';
import { isHeadingRequest, isHighlighterAction } from '../messaging/checks';
import type { ClipMode } from '../model';

export const REQUEST_KEYS = {
  extract: '__clausemarkExtractMode',
  locate: '__clausemarkLocate',
  highlight: '__clausemarkHighlight',
} as const;

export type RequestKey = (typeof REQUEST_KEYS)[keyof typeof REQUEST_KEYS];

/** Read and remove a request, so a later injection never sees a stale one. */
export function takeRequest(scope: Record<string, unknown>, key: RequestKey): unknown {
  const v = scope[key];
  delete scope[key];
  return v;
}

/** What the extraction script is asked for: a clip in one of its modes (the outline alone is entrypoints/outline.ts). */
export function readExtractRequest(scope: Record<string, unknown>): ClipMode {
  const v = takeRequest(scope, REQUEST_KEYS.extract);
  return v === 'fulltext' || v === 'allposts' ? v : 'article';
}

export function readLocateRequest(scope: Record<string, unknown>): HeadingRequest | null {
  const v = takeRequest(scope, REQUEST_KEYS.locate);
  // Chrome's executeScript drops null-valued keys from its args: an unnumbered heading's label: null arrives missing,
  // and every such entry (导 言, a bold title line) was reported "not found on this page".
  const r = v && typeof v === 'object' && !('label' in v) ? { ...v, label: null } : v;
  return isHeadingRequest(r) ? r : null;
}

/** null when the highlighter was not asked anything: it was injected by the registered content script on a visit. */
export function readHighlighterRequest(scope: Record<string, unknown>): HighlighterAction | null {
  const v = takeRequest(scope, REQUEST_KEYS.highlight);
  return isHighlighterAction(v) ? v : null;
}
