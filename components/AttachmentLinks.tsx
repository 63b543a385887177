import type { ClausemarkDB } from '../utils/db';
import { attachmentsOf } from '../utils/db';
import { t } from '../utils/i18n';
import type { Clip } from '../utils/model';
import { useLiveQuery } from './use-live-query';

export interface AttachmentLinksProps {
  db: ClausemarkDB;
  clip: Clip;
  /** the address of a clip's reader page */
  hrefOf: (clipId: string) => string;
  /** open a clip instead of following its link (the library page opens a reader tab) */
  onOpen?: (clipId: string) => void;
}

/**
 * A notice's 附件 clipped with it (count and names, each opening its clip) and, on an attachment, the notice it
 * belongs to. Both ends are read live: a notice deleted meanwhile shows no link at all rather than a broken one.
 */
export function AttachmentLinks({ db, clip, hrefOf, onOpen }: AttachmentLinksProps) {
  const noticeId = clip.attachmentOf;
  const notice = useLiveQuery(async () => (noticeId ? ((await db.clips.get(noticeId)) ?? null) : null), [db, noticeId]);
  const attachments = useLiveQuery(() => attachmentsOf(db, clip.id), [db, clip.id]);
  const link = (c: Clip, text: string) => (
    <a
      href={hrefOf(c.id)}
      onClick={
        onOpen
          ? (e) => {
              e.preventDefault();
              onOpen(c.id);
            }
          : undefined
      }
    >
      {text}
    </a>
  );
  const list = attachments.value ?? [];
  if (!notice.value && !list.length) return null;
  return (
    <div class="attach-links">
      {notice.value && (
        <p class="attach-of">
          {t('attach.of')} {link(notice.value, notice.value.title || notice.value.url)}
        </p>
      )}
      {list.length > 0 && (
        <section class="attach-children" aria-label={t('attach.list', { n: list.length })}>
          <h3>{t('attach.list', { n: list.length })}</h3>
          <ul>
            {list.map((c) => (
              <li key={c.id}>{link(c, c.attachmentName || c.title || c.url)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
