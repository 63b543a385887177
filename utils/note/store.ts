/**
 * The note frame's access to its one highlight. In a web page the frame may be refused IndexedDB (third-party
 * storage rules), so the frame goes through the background (`messageStore`); tests and extension pages can use the
 * database directly (`dbStore`). Either way the highlight is read and written in the extension, never in the page.
 */
import type { HighlightColor } from '../model/colors';
import { patchHighlight, removeHighlight, type ClausemarkDB, type Highlight } from '../db';
import type { NoteOp, Req, Res } from '../messaging';

export interface NoteStore {
  get(id: string): Promise<Highlight | null>;
  set(id: string, patch: { color?: HighlightColor; note?: string }): Promise<Highlight | null>;
  remove(id: string): Promise<void>;
}

export function dbStore(db: ClausemarkDB): NoteStore {
  return {
    get: async (id) => (await db.highlights.get(id)) ?? null,
    set: async (id, patch) => (await patchHighlight(db, id, patch)) ?? null,
    remove: async (id) => void (await removeHighlight(db, id)),
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
  };
}
