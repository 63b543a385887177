/** The rows the library table shows for a view: search matches, facet choices, then the sort (or the search's rank). */
import { facetValues } from './facets';
import type { LibRow } from './rows';
import { sortRows } from './sort';
import { effectiveSort, FACETS, type LibView } from './view';

/** `matches`: the search's matching clip ids, best first; undefined when there is no search. */
export function viewRows(all: readonly LibRow[], view: LibView, matches?: readonly string[]): LibRow[] {
  const chosen = FACETS.filter((k) => view.facets[k] !== undefined);
  const ids = matches ? new Set(matches) : undefined;
  const keep = (r: LibRow) => (!ids || ids.has(r.clip.id)) && chosen.every((k) => facetValues(r, k).includes(view.facets[k]!));
  const sort = effectiveSort(view);
  if (sort) return sortRows(all, sort.key, sort.dir, ids || chosen.length ? keep : undefined);
  // by relevance: the search's own order
  const byId = new Map(all.map((r) => [r.clip.id, r]));
  return (matches ?? []).map((id) => byId.get(id)).filter((r): r is LibRow => !!r && keep(r));
}
