/** What the page shows for its view: the rows (search, facets, sort), the facet counts, and the selection kept to them. */
import { useMemo } from 'preact/hooks';
import { facetCounts, viewRows, type LibRow, type LibView } from '../../utils/library';
import { keepShown, type Selection } from './selection';
import type { Matches } from './use-lib-data';

/** The default view: the early rows (newest first) are its first screen. */
export const isDefaultView = (v: LibView) =>
  !v.q.trim() && !Object.values(v.facets).some((x) => x !== undefined) && (!v.sort || (v.sort === 'clipped' && v.dir === 'desc'));

export function useLibView(
  loaded: LibRow[] | undefined,
  early: LibRow[] | undefined,
  view: LibView,
  matches: Matches | undefined,
  picked: Selection,
) {
  // until every row is read, the default view shows the newest ones (already in its order)
  const all = loaded ?? (isDefaultView(view) ? early : undefined);
  const searching = !!view.q.trim();
  const ids = searching ? matches?.ids : undefined;
  // while a search is on its way there is nothing to show yet (not everything)
  const ready = !!all && (!searching || !!ids);
  const rows = useMemo(() => (ready ? viewRows(all!, view, ids) : undefined), [all, view, ids, ready]);
  const idSet = useMemo(() => (ids ? new Set(ids) : undefined), [ids]);
  const counts = useMemo(
    () => (ready && loaded ? facetCounts(all!, view.facets, idSet) : undefined),
    [all, view.facets, idSet, ready, loaded],
  );
  const order = useMemo(() => (rows ?? []).map((r) => r.clip.id), [rows]);
  // rows filtered out or deleted leave the selection: bulk actions never touch clips the user cannot see
  const selection = useMemo(() => keepShown(picked, order), [picked, order]);
  return { rows, counts, order, selection, activeRow: rows?.find((r) => r.clip.id === selection.active) };
}
