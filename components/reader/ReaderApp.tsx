import { useEffect } from 'preact/hooks';
import type { ClausemarkDB } from '../../utils/db';
import { t } from '../../utils/i18n';
import { ReaderView } from './ReaderView';
import { useLiveQuery } from '../use-live-query';

export interface ReaderAppProps {
  db: ClausemarkDB;
  /** from `reader.html?clip=ID`; null when the page was opened without one */
  clipId: string | null;
  onPrint?: () => void;
}

/** The reader page: loads the clip and its body (live: a clip made again elsewhere shows up), or says what is wrong. */
export function ReaderApp({ db, clipId, onPrint }: ReaderAppProps) {
  // null = looked up and absent; undefined = still loading
  const clip = useLiveQuery(async () => (clipId ? ((await db.clips.get(clipId)) ?? null) : null), [db, clipId]);
  const body = useLiveQuery(async () => (clipId ? ((await db.clipBodies.get(clipId)) ?? null) : null), [db, clipId]);
  const title = clip.value?.title;
  useEffect(() => {
    document.title = title || t('common.appName');
  }, [title]);

  const problem = !clipId
    ? t('reader.noClip')
    : clip.error || clip.value === null
      ? t('reader.notFound')
      : body.value === null
        ? t('reader.noBody')
        : null;
  if (problem) {
    return (
      <main class="reader-problem">
        <h1>{t('common.appName')}</h1>
        <p role="alert">{problem}</p>
      </main>
    );
  }
  if (!clip.value || !body.value) {
    return (
      <main class="reader-problem">
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }
  return <ReaderView db={db} clip={clip.value} body={body.value} onPrint={onPrint} />;
}
