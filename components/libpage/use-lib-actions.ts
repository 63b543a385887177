/** What the page does to clips: add to / remove from a collection (also by drag and drop), delete with undo. */
import { useState } from 'preact/hooks';
import {
  addToCollection,
  deleteClipsForUndo,
  removeFromCollection,
  restoreDeletedClips,
  type ClausemarkDB,
  type CollectionInfo,
  type DeletedClips,
} from '../../utils/db';
import { errorText } from '../../utils/error-text';
import { t } from '../../utils/i18n';
import { errorMessage } from '../../utils/result';
import { tn } from '../library/library-plural';

/** The drag payload: the ids of the dragged clips. */
export const DRAG_TYPE = 'application/x-clausemark-clips';

/** Puts the dragged clips' ids on the drag (a collection in the sidebar takes them). */
export function dragClips(e: DragEvent, ids: readonly string[]): void {
  if (!e.dataTransfer) return;
  e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(ids));
  e.dataTransfer.effectAllowed = 'copy';
}

export interface Toast {
  /** a new one for every toast, so its timer starts again */
  seq: number;
  text: string;
  undo?: DeletedClips;
}

export function useLibActions(db: ClausemarkDB, collections: CollectionInfo[] | undefined) {
  const [toast, setToastState] = useState<Toast | null>(null);
  const setToast = (next: Omit<Toast, 'seq'>) => setToastState((prev) => ({ ...next, seq: (prev?.seq ?? 0) + 1 }));
  const name = (id: string) => collections?.find((c) => c.id === id)?.name ?? '';
  const guard = async (job: () => Promise<void>) => {
    try {
      await job();
    } catch (e) {
      setToast({ text: errorMessage(e) });
    }
  };
  return {
    toast,
    dismiss: () => setToastState(null),
    add: (collectionId: string, ids: readonly string[]) =>
      guard(async () => {
        const n = await addToCollection(db, collectionId, ids);
        setToast({ text: tn('library.bulk.added', n, { name: name(collectionId) }) });
      }),
    remove: (collectionId: string, ids: readonly string[]) =>
      guard(async () => {
        const n = await removeFromCollection(db, collectionId, ids);
        setToast({ text: tn('library.bulk.removed', n, { name: name(collectionId) }) });
      }),
    delete: (ids: readonly string[]) =>
      guard(async () => {
        const undo = await deleteClipsForUndo(db, ids);
        const kept = undo.unlinked.length ? ` ${t('attach.deletedKept', { n: undo.unlinked.length })}` : '';
        setToast({ text: tn('libpage.deleted', undo.clips.length) + kept, undo });
      }),
    undo: (rows: DeletedClips) =>
      guard(async () => {
        const res = await restoreDeletedClips(db, rows);
        setToast({ text: res.ok ? tn('libpage.restored', res.value) : errorText(res.error) });
      }),
    /** the ids a drop carries, or none when the drag came from elsewhere */
    dropped: (e: DragEvent): string[] => {
      try {
        const ids: unknown = JSON.parse(e.dataTransfer?.getData(DRAG_TYPE) || '[]');
        return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
      } catch {
        return [];
      }
    },
  };
}
