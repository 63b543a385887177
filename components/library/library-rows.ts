/**
 * The rows the library shows: a live, paged list from queryLibrary (clips table only) when there is no query, or the
 * background's full-text search when there is one. Both take the same filter; "show more" raises the limit.
 */
import { useEffect, useState } from 'preact/hooks';
import { queryLibrary, type ClausemarkDB } from '../../utils/db';
import type { Clip, LibraryFilter, LibraryPage, SearchPage, SearchSnippet } from '../../utils/model';
import type { Result } from '../../utils/result';
import { errorMessage } from '../../utils/result';
import { useLiveQuery } from '../use-live-query';

/**
 * Search results per page. Fewer than the list's 50: each result costs its body read and snippets in the background,
 * about eight fit in the popup, and "Show more" brings the next ones.
 */
export const SEARCH_PAGE_SIZE = 20;

export type SearchFn = (query: string, filter: LibraryFilter, offset: number, limit: number) => Promise<Result<SearchPage>>;

export interface LibraryRow {
  clip: Clip;
  snippets?: SearchSnippet[];
}

export interface RowsState {
  rows: LibraryRow[] | undefined;
  total: number | undefined;
  error?: string;
  /** search only: how long the background took */
  tookMs?: number;
}

type SearchState = RowsState & { key: string };

export function useLibraryRows(
  db: ClausemarkDB,
  query: string,
  filter: LibraryFilter,
  limit: number,
  search: SearchFn | undefined,
  /** bumped after the library changes, so a search shows deletions and renames */
  version: number,
  /** the unfiltered first page, read before the first render so the popup opens with its rows */
  firstPage?: LibraryPage,
): RowsState {
  const filterKey = JSON.stringify(filter);
  const q = query.trim();
  const listed = useLiveQuery(
    async () => {
      if (q && search) return null;
      // The counts subscribe the list to changes its own reads might not show: memberships always (a row's
      // collections), clips too when a filter makes queryLibrary await candidate ids before its main read (a read
      // after awaiting a non-Dexie promise leaves liveQuery's zone). Counting 10,000 clips costs the first render
      // tens of milliseconds in Chromium, so the unfiltered list, which reads clips straight away, skips it.
      const filtered = filter.collectionId !== undefined || filter.hasHighlights !== undefined;
      const [page] = await Promise.all([
        queryLibrary(db, filter, { offset: 0, limit }),
        db.memberships.count(),
        filtered ? db.clips.count() : 0,
      ]);
      return page;
    },
    [db, q && search ? 'search' : 'list', filterKey, limit],
    firstPage,
  );
  const [found, setFound] = useState<SearchState>({ key: '', rows: undefined, total: undefined });
  const key = `${q}\n${filterKey}\n${limit}\n${version}`;
  useEffect(() => {
    if (!q || !search) return;
    let live = true;
    search(q, filter, 0, limit).then(
      (res) => {
        if (!live) return; // a newer query has been typed since
        if (res.ok)
          setFound({
            key,
            rows: res.value.hits.map((h) => ({ clip: h.clip, snippets: h.snippets })),
            total: res.value.total,
            tookMs: res.value.tookMs,
          });
        else setFound({ key, rows: [], total: 0, error: res.error.message });
      },
      (e: unknown) => live && setFound({ key, rows: [], total: 0, error: errorMessage(e) }),
    );
    return () => void (live = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, search]);

  if (q && search) {
    // keep showing the previous results while the next ones come, instead of flashing "loading"
    return found.rows === undefined ? { rows: undefined, total: undefined } : found;
  }
  if (listed.error) return { rows: [], total: 0, error: errorMessage(listed.error) };
  const page = listed.value;
  return page ? { rows: page.clips.map((clip) => ({ clip })), total: page.total } : { rows: undefined, total: undefined };
}
