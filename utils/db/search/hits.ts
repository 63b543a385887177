/** The database reads of a search: highlights of some clips, and the bodies of a result page for its snippets. */
import { toHits, type ParsedQuery, type Ranked } from '../../search';
import type { Highlight, SearchHit } from '../../model';
import type { ClausemarkDB } from '../schema';

/** The highlights of these clips: one equality query per clip (anyOf walks a cursor, slow in some IndexedDBs). */
export async function highlightsOfClips(db: ClausemarkDB, clipIds: readonly string[]): Promise<Highlight[]> {
  const out: Highlight[] = [];
  // sequential: also called inside transactions, where native Promise.all can let them commit early
  for (const id of clipIds) out.push(...(await db.highlights.where('clipId').equals(id).toArray()));
  return out;
}

/**
 * Reads only the page's bodies (one transaction). The highlights as written are in memory already; reading them per
 * clip cost Chromium ~50 transactions per search.
 */
export async function pageHits(db: ClausemarkDB, page: Ranked[], q: ParsedQuery, phrases: string[]): Promise<SearchHit[]> {
  const bodies = await db.clipBodies.bulkGet(page.map((r) => r.doc.clip.id));
  return toHits(page, bodies, q, phrases);
}
