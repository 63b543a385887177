/** The library page's data: every clip's summary row (one read of the clips table, live) and the search's matches. */
import { useEffect, useState } from 'preact/hooks';
import type { ClausemarkDB } from '../../utils/db';
import { toRows, type LibRow } from '../../utils/library';
import { errorMessage, type Result } from '../../utils/result';
import { useLiveQuery } from '../use-live-query';

/** The background search (the popup's searchLibrary message) answering every matching id, best first. */
export type SearchIdsFn = (query: string) => Promise<Result<string[]>>;

/** `start`: false holds the read back (until the early rows are on screen: its results would hold up their paint). */
export function useLibRows(db: ClausemarkDB, start: boolean) {
  // clips (list metadata only; bodies live in clipBodies) and membership keys, no membership rows
  return useLiveQuery(async () => {
    if (!start) return undefined;
    const [clips, keys] = await Promise.all([db.clips.toArray(), db.memberships.toCollection().primaryKeys()]);
    return toRows(clips, keys as [string, string][]);
  }, [db, start]);
}

/** Rows that fill a window, newest first: read through the updatedAt index while the whole table still loads. */
export const EARLY_ROWS = 60;

/**
 * The newest clips and their memberships, read once at start: 10,000 summary rows take Chromium several hundred
 * ms to read, and the default view (newest first) can show its first screen from these meanwhile.
 */
export function useEarlyRows(db: ClausemarkDB): LibRow[] | undefined {
  const [rows, setRows] = useState<LibRow[]>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const clips = await db.clips.orderBy('updatedAt').reverse().limit(EARLY_ROWS).toArray();
      const keys = await db.memberships
        .where('clipId')
        .anyOf(clips.map((c) => c.id))
        .primaryKeys();
      if (live) setRows(toRows(clips, keys as [string, string][]));
    })().catch(() => live && setRows([])); // the full read then starts, and reports the error
    return () => void (live = false);
  }, [db]);
  return rows;
}

export interface Matches {
  /** the query these ids answer */
  q: string;
  ids?: string[];
  error?: string;
}

/** Search again when the query or the rows change (a deleted or new clip); the previous answer shows meanwhile. */
export function useMatches(q: string, rows: LibRow[] | undefined, search: SearchIdsFn): Matches | undefined {
  const [found, setFound] = useState<Matches>();
  const query = q.trim();
  useEffect(() => {
    if (!query) return setFound(undefined);
    let live = true;
    search(query).then(
      (res) => live && setFound(res.ok ? { q: query, ids: res.value } : { q: query, error: res.error.message }),
      (e: unknown) => live && setFound({ q: query, error: errorMessage(e) }),
    );
    return () => void (live = false);
  }, [query, rows, search]);
  return query ? found : undefined;
}
