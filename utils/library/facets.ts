/**
 * Facet filtering and counts over the summary rows. A facet's counts are taken over the rows every *other* chosen
 * facet lets through, so each count says how many rows picking that value would show.
 */
import type { LibRow } from './rows';
import { FACETS, type FacetKey, type LibView } from './view';

export interface FacetValue {
  value: string;
  count: number;
}

export type FacetCounts = Record<FacetKey, FacetValue[]>;

/** The values a row has for a facet; a clip may be in several collections (or none). */
export function facetValues(row: LibRow, key: FacetKey): readonly string[] {
  switch (key) {
    case 'collection':
      return row.collections;
    case 'issuer':
      return [row.clip.policy.issuer.trim()];
    case 'year':
      return [String(row.year)];
    case 'site':
      return [row.clip.siteName];
    case 'highlights':
      return [row.clip.highlightCount > 0 ? 'yes' : 'no'];
    case 'lang':
      return [row.lang];
  }
}

function passes(row: LibRow, facets: LibView['facets'], except?: FacetKey): boolean {
  for (const key of FACETS) {
    const want = facets[key];
    if (want === undefined || key === except) continue;
    if (!facetValues(row, key).includes(want)) return false;
  }
  return true;
}

/** Rows that pass every chosen facet (and are in `ids`, the search's matches, when there is a search). */
export function filterRows(rows: readonly LibRow[], facets: LibView['facets'], ids?: ReadonlySet<string>): LibRow[] {
  return rows.filter((r) => (!ids || ids.has(r.clip.id)) && passes(r, facets));
}

const byCountThenValue = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value, 'zh');
const newestYearFirst = (a: FacetValue, b: FacetValue) => Number(b.value) - Number(a.value);

/**
 * Counts per facet value, most first (years newest first). A chosen value is listed even when no row has it
 * (count 0), so its chip and its box stay where the user left them.
 */
export function facetCounts(rows: readonly LibRow[], facets: LibView['facets'], ids?: ReadonlySet<string>): FacetCounts {
  const maps = Object.fromEntries(FACETS.map((k) => [k, new Map<string, number>()])) as Record<FacetKey, Map<string, number>>;
  for (const row of rows) {
    if (ids && !ids.has(row.clip.id)) continue;
    // the facets this row fails: counted for a facet only if it fails no other one
    const failed = FACETS.filter((k) => facets[k] !== undefined && !facetValues(row, k).includes(facets[k]!));
    if (failed.length > 1) continue;
    for (const key of FACETS) {
      if (failed.length === 1 && failed[0] !== key) continue;
      const map = maps[key];
      for (const v of facetValues(row, key)) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  const out = {} as FacetCounts;
  for (const key of FACETS) {
    const chosen = facets[key];
    if (chosen !== undefined && !maps[key].has(chosen)) maps[key].set(chosen, 0);
    out[key] = [...maps[key]].map(([value, count]) => ({ value, count })).sort(key === 'year' ? newestYearFirst : byCountThenValue);
  }
  return out;
}
