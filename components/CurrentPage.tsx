import type { Clip } from '../utils/db/schema';
import { formatDate } from '../utils/format';
import type { ClipSummary } from '../utils/messaging';
import type { Result } from '../utils/result';
import type { ExtractMode } from '../utils/types';

export type ClipState = { kind: 'idle' } | { kind: 'working'; mode: ExtractMode } | { kind: 'done'; result: Result<ClipSummary> };

export interface CurrentPageProps {
  /** why this tab cannot be clipped, or null */
  blocked: string | null;
  existing: Clip | undefined;
  state: ClipState;
  onClip: (mode: ExtractMode) => void;
}

export function CurrentPage({ blocked, existing, state, onClip }: CurrentPageProps) {
  const working = state.kind === 'working';
  if (blocked) {
    return (
      <section class="current" aria-label="This page">
        <p class="notice notice-error" role="alert">{blocked}</p>
      </section>
    );
  }
  const result = state.kind === 'done' ? state.result : null;
  const offerFullText = result && !result.ok && (result.error.code === 'no-article' || result.error.code === 'too-large');
  return (
    <section class="current" aria-label="This page">
      <div class="current-actions">
        <button type="button" class="primary" id="clip-button" disabled={working} onClick={() => onClip('article')}>
          {working ? 'Clipping…' : existing ? 'Clip again (update)' : 'Clip this page'}
        </button>
        {existing && !result && <span class="muted">Clipped {formatDate(existing.updatedAt)}</span>}
      </div>
      {result?.ok && (
        <p class="notice notice-ok" role="status">
          {result.value.created ? 'Clipped' : 'Updated'}: {result.value.title}
        </p>
      )}
      {result && !result.ok && (
        <div class="notice notice-error" role="alert">
          <p>{result.error.message}</p>
          {offerFullText && (
            <button type="button" id="clip-fulltext" disabled={working} onClick={() => onClip('fulltext')}>
              Clip the whole visible text
            </button>
          )}
        </div>
      )}
    </section>
  );
}
