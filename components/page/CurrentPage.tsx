import type { Clip, ClipMode } from '../../utils/model';
import { errorText } from '../../utils/error-text';
import { formatDate } from '../../utils/format';
import { getLocale, t } from '../../utils/i18n';
import type { ClipSummary } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import { DEFAULT_MAX_CHARS } from '../../utils/extract/size-cap';

export type ClipState = { kind: 'idle' } | { kind: 'working'; mode: ClipMode } | { kind: 'done'; result: Result<ClipSummary> };

export interface CurrentPageProps {
  /** why this tab cannot be clipped, or null */
  blocked: string | null;
  existing: Clip | undefined;
  state: ClipState;
  onClip: (mode: ClipMode) => void;
  /** pages of a PDF read so far, while it is being clipped */
  progress?: { done: number; total: number } | null;
  /** ask for the PDF's site after a refused download (inside the click) */
  onAllowSite?: () => void;
}

export function CurrentPage({ blocked, existing, state, onClip, progress, onAllowSite }: CurrentPageProps) {
  const working = state.kind === 'working';
  if (blocked) {
    return (
      <section class="current" aria-label={t('page.current')}>
        <p class="notice notice-error" role="alert">
          {blocked}
        </p>
      </section>
    );
  }
  const result = state.kind === 'done' ? state.result : null;
  // (a PDF's own limits are not a page's: its whole text is what was read)
  const offerFullText =
    result &&
    !result.ok &&
    ['no-article', 'too-large', 'timeout'].includes(result.error.code) &&
    !/^(pdf|docx)\./.test(result.error.key ?? '');
  // A blog front page or thread view clipped as its first post (utils/extract/passes/post-list): how many it shows.
  const posts = result?.ok && result.value.postsLeftOut > 0 ? result.value.postsLeftOut + 1 : 0;
  return (
    <section class="current" aria-label={t('page.current')}>
      <div class="current-actions">
        <button type="button" class="primary" id="clip-button" disabled={working} onClick={() => onClip('article')}>
          {working ? t('page.clipping') : existing ? t('page.clipAgain') : t('page.clip')}
        </button>
        {existing && !result && <span class="muted">{t('page.clippedOn', { date: formatDate(existing.updatedAt, getLocale()) })}</span>}
      </div>
      {progress && (
        <p class="muted" role="status" id="pdf-progress">
          {progress.total > 0 ? (
            <>
              <progress max={progress.total} value={progress.done} /> {t('pdf.reading', progress)}
            </>
          ) : (
            // a Word file has no pages to count: an indeterminate bar
            <>
              <progress /> {t('docx.reading')}
            </>
          )}
        </p>
      )}
      {result?.ok && (
        <div class="notice notice-ok">
          <p role="status">
            {t(result.value.created ? 'page.created' : 'page.updated', { title: result.value.title })}
            {posts > 0 && ` ${t('page.postsLeftOut', { total: posts })}`}
            {result.value.truncated && ` ${t('page.truncated', { max: DEFAULT_MAX_CHARS.toLocaleString(getLocale()) })}`}
          </p>
          {posts > 0 && (
            <button type="button" id="clip-all-posts" disabled={working} onClick={() => onClip('allposts')}>
              {t('page.clipAllPosts', { total: posts })}
            </button>
          )}
        </div>
      )}
      {result && !result.ok && (
        <div class="notice notice-error" role="alert">
          <p>{errorText(result.error)}</p>
          {offerFullText && (
            <button type="button" id="clip-fulltext" disabled={working} onClick={() => onClip('fulltext')}>
              {t('page.clipFullText')}
            </button>
          )}
          {result.error.code === 'pdf-access' && onAllowSite && (
            <button type="button" id="allow-pdf-site" disabled={working} onClick={onAllowSite}>
              {t('pdf.allowSite')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
