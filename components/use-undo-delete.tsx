/**
 * Deleting a highlight with Undo: the row is read before it goes, and Undo puts that very row back (its note
 * included). One toast at a time; a newer deletion replaces it, and the older one stands.
 */
import { useState } from 'preact/hooks';
import { removeHighlight, restoreHighlight, type ClausemarkDB, type Highlight } from '../utils/db';
import { t } from '../utils/i18n';
import { UndoToast } from './UndoToast';

export interface UndoDelete {
  /** delete the highlight and offer Undo */
  remove(id: string): Promise<void>;
  /** the toast while Undo is offered, else null */
  toast: preact.JSX.Element | null;
}

export function useUndoDelete(db: ClausemarkDB, ms?: number): UndoDelete {
  const [gone, setGone] = useState<{ row: Highlight; seq: number } | null>(null);
  const remove = async (id: string) => {
    const row = await db.highlights.get(id);
    if (!row || !(await removeHighlight(db, id))) return;
    setGone((g) => ({ row, seq: (g?.seq ?? 0) + 1 }));
  };
  const toast = gone && (
    <UndoToast
      key={gone.seq}
      ms={ms}
      message={t(gone.row.note.trim() ? 'common.highlightDeletedWithNote' : 'common.highlightDeleted')}
      onUndo={() => {
        setGone(null);
        void restoreHighlight(db, gone.row);
      }}
      onExpire={() => setGone((g) => (g?.seq === gone.seq ? null : g))}
    />
  );
  return { remove, toast };
}
