/**
 * The note frame's access to its one highlight. In a web page the frame may be refused IndexedDB (third-party
 * storage rules), so the frame goes through the background (`messageStore`); tests and extension pages can use the
 * database directly (`dbStore`). Either way the highlight is read and written in the extension, never in the page.
 */
import type { HighlightColor } from '../model/colors';
import { patchHighlight, removeHighlight, restoreHighlight, type ClausemarkDB, type Highlight } from '../db';
import type { NoteOp, Req, Res } from '../messaging';

export interface NoteStore {
  get(id: string): Promise<Highlight | null>;
  set(id: string, patch: { color?: HighlightColor; note?: string }): Promise<Highlight | null>;
  remove(id: string): Promise<void>;
  /** undo of remove(id): the row comes back, note included; null when it cannot (too late, clip gone) */
  restore(id: string): Promise<Highlight | null>;
}

export function dbStore(db: ClausemarkDB): NoteStore {
  const gone = new Map<string, Highlight>();
  return {
    get: async (id) => (await db.highlights.get(id)) ?? null,
    set: async (id, patch) => (await patchHighlight(db, id, patch)) ?? null,
    remove: async (id) => {
      const row = await db.highlights.get(id);
      if (row && (await removeHighlight(db, id))) gone.set(id, row);
    },
    restore: async (id) => {
      const row = gone.get(id);
      gone.delete(id);
      return row && (await restoreHighlight(db, row)) ? row : null;
    },
  };
}

/** Through the background's `noteHighlight` message; a failed answer becomes a thrown Error for the panel to show. */
export function messageStore(send: (data: Req<'noteHighlight'>) => Promise<Res<'noteHighlight'>>): NoteStore {
  const run = async (op: NoteOp) => {
    const r = await send(op);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  return {
    get: (id) => run({ op: 'get', id }),
    set: (id, patch) => run({ op: 'set', id, ...patch }),
    remove: async (id) => void (await run({ op: 'delete', id })),
    restore: (id) => run({ op: 'restore', id }),
  };
}
