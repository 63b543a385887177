/** How the background tells the injected extraction script which mode to run (isolated-world global). */
import type { ExtractMode } from '../types';

export const MODE_KEY = '__clausemarkExtractMode';

export function readRequestedMode(scope: Record<string, unknown>): ExtractMode {
  const m = scope[MODE_KEY];
  delete scope[MODE_KEY];
  return m === 'fulltext' ? 'fulltext' : 'article';
}
