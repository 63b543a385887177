/** The highlights of some clips, for the search's documents (utils/db/search/store.ts). */
import type { Highlight } from '../../model';
import type { ClausemarkDB } from '../schema';

/** The highlights of these clips: one equality query per clip (anyOf walks a cursor, slow in some IndexedDBs). */
export async function highlightsOfClips(db: ClausemarkDB, clipIds: readonly string[]): Promise<Highlight[]> {
  const out: Highlight[] = [];
  // sequential: also called inside transactions, where native Promise.all can let them commit early
  for (const id of clipIds) out.push(...(await db.highlights.where('clipId').equals(id).toArray()));
  return out;
}
