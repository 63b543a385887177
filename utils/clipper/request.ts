/**
 * How the background hands a request to a script it injects: it first sets an isolated-world global (pages
 * cannot see it), then runs the script file, which takes the value once. executeScript cannot pass arguments to files.
 */
import { isHeadingRequest, type HeadingRequest } from '../messaging';
import type { ExtractMode } from '../types';

export const REQUEST_KEYS = {
  extract: '__clausemarkExtractMode',
  locate: '__clausemarkLocate',
} as const;

export type RequestKey = (typeof REQUEST_KEYS)[keyof typeof REQUEST_KEYS];

/** Read and remove a request, so a later injection never sees a stale one. */
export function takeRequest(scope: Record<string, unknown>, key: RequestKey): unknown {
  const v = scope[key];
  delete scope[key];
  return v;
}

export function readRequestedMode(scope: Record<string, unknown>): ExtractMode {
  return takeRequest(scope, REQUEST_KEYS.extract) === 'fulltext' ? 'fulltext' : 'article';
}

export function readLocateRequest(scope: Record<string, unknown>): HeadingRequest | null {
  const v = takeRequest(scope, REQUEST_KEYS.locate);
  return isHeadingRequest(v) ? v : null;
}
