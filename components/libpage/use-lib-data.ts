/** The library page's data: every clip's summary row (one read of the clips table, live) and the search's matches. */
import { useEffect, useState } from 'preact/hooks';
import type { ClausemarkDB } from '../../utils/db';
import { toRows, type LibRow } from '../../utils/library';
import { errorMessage, type Result } from '../../utils/result';
import { useLiveQuery } from '../use-live-query';

/** The background search (the popup's searchLibrary message) answering every matching id, best first. */
export type SearchIdsFn = (query: string) => Promise<Result<string[]>>;

export function useLibRows(db: ClausemarkDB) {
  // clips (list metadata only; bodies live in clipBodies) and membership keys, no membership rows
  return useLiveQuery(async () => {
    const [clips, keys] = await Promise.all([db.clips.toArray(), db.memberships.toCollection().primaryKeys()]);
    return toRows(clips, keys as [string, string][]);
  }, [db]);
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
