/**
 * The library list: filtered, newest first, one page at a time. Only the `clips` table (and membership keys for a
 * collection) is read; filters are answered from index keys, so only the page's rows are ever loaded.
 */
import { Dexie } from 'dexie';
import type { Clip, LibraryFilter, LibraryPage } from '../model';
import { filterFrom as lo, filterTo as hi, inDateRange as inRange } from '../search/filter';
import type { ClausemarkDB } from './schema';

// re-exported for the UI; importers move in the components step
export type { LibraryFilter, LibraryPage } from '../model';
export { passesFilter } from '../search/filter';

/** Below this many candidates, loading them and sorting beats walking the whole updatedAt index. */
const SMALL_SET = 400;

const newestFirst = (a: Clip, b: Clip) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Clip ids in a collection, from membership keys only. */
export async function collectionClipIds(db: ClausemarkDB, collectionId: string): Promise<string[]> {
  const keys = await db.memberships
    .where('[collectionId+clipId]')
    .between([collectionId, Dexie.minKey], [collectionId, Dexie.maxKey])
    .primaryKeys();
  return keys.map(([, clipId]) => clipId);
}

/** Ids allowed by the collection and highlight filters, or null when neither is set. */
async function candidateIds(db: ClausemarkDB, f: LibraryFilter): Promise<Set<string> | null> {
  let set: Set<string> | null = null;
  const narrow = (ids: string[]) => {
    set = set ? new Set(ids.filter((id) => set!.has(id))) : new Set(ids);
  };
  if (f.collectionId !== undefined) {
    narrow(await collectionClipIds(db, f.collectionId));
  }
  if (f.hasHighlights !== undefined) {
    const where = db.clips.where('highlightCount');
    narrow(await (f.hasHighlights ? where.above(0) : where.equals(0)).primaryKeys());
  }
  return set;
}

export async function queryLibrary(db: ClausemarkDB, filter: LibraryFilter, page: { offset: number; limit: number }): Promise<LibraryPage> {
  const { offset, limit } = page;
  // No explicit transaction: inside a liveQuery (the popup's list) one made Dexie report "committed too early" in
  // jsdom, and a liveQuery re-runs on any write anyway.
  // The site filter and the date range share one compound index ordered by date, so they need no candidate set.
  const ordered = () =>
    filter.siteName !== undefined
      ? db.clips.where('[siteName+updatedAt]').between([filter.siteName, lo(filter)], [filter.siteName, hi(filter)], true, true)
      : db.clips.where('updatedAt').between(lo(filter), hi(filter), true, true);
  // Without collection/highlight filters, read straight away: awaiting a non-Dexie promise first would take the
  // later reads out of a liveQuery's tracking, and the popup list would stop following new clips.
  const ids = filter.collectionId !== undefined || filter.hasHighlights !== undefined ? await candidateIds(db, filter) : null;
  if (!ids) {
    // Every clip has an updatedAt, so without bounds the index holds every clip: the store's own count is the same
    // number, and Chromium answers it without walking 10,000 index entries (~9 ms against ~35 ms).
    const unbounded = filter.siteName === undefined && filter.from === undefined && filter.to === undefined;
    const [clips, total] = await Promise.all([
      ordered().reverse().offset(offset).limit(limit).toArray(),
      unbounded ? db.clips.count() : ordered().count(),
    ]);
    return { clips, total };
  }
  if (ids.size <= SMALL_SET) {
    const rows = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => !!c);
    const hits = rows.filter((c) => inRange(filter, c) && (filter.siteName === undefined || c.siteName === filter.siteName));
    return { clips: hits.sort(newestFirst).slice(offset, offset + limit), total: hits.length };
  }
  // Many candidates: walk the ordered index keys only, then load just the page.
  const keys = (await ordered().primaryKeys()).filter((id) => ids.has(id)).reverse();
  const pageIds = keys.slice(offset, offset + limit);
  const clips = (await db.clips.bulkGet(pageIds)).filter((c): c is Clip => !!c);
  return { clips, total: keys.length };
}

/** Every site with its clip count, most clips first (then by name). Reads index keys only. */
export async function listSites(db: ClausemarkDB): Promise<{ siteName: string; count: number }[]> {
  const counts = new Map<string, number>();
  for (const s of (await db.clips.orderBy('siteName').keys()) as string[]) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .map(([siteName, count]) => ({ siteName, count }))
    .sort((a, b) => b.count - a.count || a.siteName.localeCompare(b.siteName, 'zh'));
}
