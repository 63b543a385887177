import type { ClausemarkDB } from '../../utils/db';
import { attachmentsOf } from '../../utils/db';
import { errorText } from '../../utils/error-text';
import { t } from '../../utils/i18n';
import type { ClipSummary } from '../../utils/messaging';
import { useLiveQuery } from '../use-live-query';
import { useAttachmentClips, type ClipAttachmentFn, type FileState, type RequestOrigins } from './use-attachment-clips';

export interface AttachmentActions {
  clipAttachment: ClipAttachmentFn;
  /** ask for other sites inside the click; without it a file on another site is tried with the access there is */
  requestOrigins?: RequestOrigins;
}

export interface AttachmentOfferProps extends AttachmentActions {
  db: ClausemarkDB;
  tab: { id: number; url: string | undefined };
  /** the notice just clipped, with the files its page lists as 附件 */
  notice: ClipSummary;
  /** pages read of the PDF being clipped (broadcast for the tab) */
  progress?: { done: number; total: number } | null;
}

function status(s: FileState | undefined, progress: AttachmentOfferProps['progress']): string {
  if (!s) return '';
  if (s.kind === 'waiting') return t('attach.status.waiting');
  if (s.kind === 'reading')
    return progress && progress.done < progress.total ? t('attach.status.pages', progress) : t('attach.status.reading');
  if (s.kind === 'done') return t(s.created ? 'attach.status.created' : 'attach.status.updated');
  // the PDF message points at "Allow this site", which the offer has not: another site was asked for in the click
  const reason =
    s.error.code === 'pdf-access' ? t('attach.error.noAccess', { detail: String(s.error.params?.detail ?? '') }) : errorText(s.error);
  return t('attach.status.failed', { reason });
}

/**
 * After a notice is clipped: its 附件, a checkbox each (PDF and Word ticked), one button to clip them as clips linked
 * to it, each file's progress and, for a failure, its reason. The notice's clip is never touched by them.
 */
export function AttachmentOffer(p: AttachmentOfferProps) {
  const links = p.notice.attachments ?? [];
  const noticeId = p.notice.clipId;
  const target = { tabId: p.tab.id, tabUrl: p.tab.url, noticeId };
  const { ticked, toggle, files, running, start } = useAttachmentClips(links, target, p.clipAttachment, p.requestOrigins);
  const stored = useLiveQuery(async () => new Set((await attachmentsOf(p.db, noticeId)).map((c) => c.url)), [p.db, noticeId]);
  const chosen = links.filter((a) => a.clippable && ticked.has(a.url)).length;
  const finished = [...files.values()];
  const done = !running && finished.length > 0;
  return (
    <section class="attach-offer" aria-labelledby="attach-offer-title" id="attach-offer">
      <h2 id="attach-offer-title">{t('attach.offer.title', { n: links.length })}</h2>
      <ul class="attach-list" role="list">
        {links.map((a) => {
          const s = files.get(a.url);
          return (
            <li key={a.url} class={`attach-item${s?.kind === 'failed' ? ' attach-failed' : ''}`} data-url={a.url}>
              <label>
                <input
                  type="checkbox"
                  checked={a.clippable && ticked.has(a.url)}
                  disabled={!a.clippable || running}
                  onChange={(e) => toggle(a.url, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {a.name}
              </label>{' '}
              <span class="muted attach-status" role={s?.kind === 'failed' ? 'alert' : undefined}>
                {!a.clippable
                  ? t('attach.offer.notClippable', { kind: a.kind.toUpperCase() })
                  : s
                    ? status(s, p.progress)
                    : stored.value?.has(a.url)
                      ? t('attach.offer.inLibrary')
                      : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" id="clip-attachments" disabled={running || chosen === 0} onClick={start}>
        {t('attach.offer.button')}
      </button>
      {done && (
        <p role="status" class="muted" id="attach-done">
          {t('attach.done', { ok: finished.filter((s) => s.kind === 'done').length, n: finished.length })}
        </p>
      )}
    </section>
  );
}
