/** What the library page shows: search, facet choices and sort. Kept in the URL hash so a view can be bookmarked. */

export const FACETS = ['collection', 'issuer', 'year', 'site', 'highlights', 'lang'] as const;
export type FacetKey = (typeof FACETS)[number];

export const SORT_KEYS = ['title', 'docNumber', 'issuer', 'docDate', 'site', 'clipped', 'highlights', 'collections'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface LibView {
  q: string;
  /** one chosen value per facet ('yes' / 'no' for highlights) */
  facets: Partial<Record<FacetKey, string>>;
  /** no sort while searching means by relevance */
  sort?: SortKey;
  dir: SortDir;
}

export const DEFAULT_VIEW: LibView = { q: '', facets: {}, dir: 'desc' };

/** The clipped date, newest first, when nothing else is asked for and there is no search to rank by. */
export function effectiveSort(v: LibView): { key: SortKey; dir: SortDir } | null {
  if (v.sort) return { key: v.sort, dir: v.dir };
  return v.q.trim() ? null : { key: 'clipped', dir: 'desc' };
}

/** A click on a column header: the same column flips direction; a new one starts ascending (dates and counts: descending). */
export function nextSort(v: LibView, key: SortKey, numeric: boolean): LibView {
  const now = effectiveSort(v);
  const dir: SortDir = now?.key === key ? (now.dir === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc';
  return { ...v, sort: key, dir };
}

/** `#q=…&issuer=国务院&year=2019&sort=docNumber&dir=asc`; defaults are left out. */
export function viewToHash(v: LibView): string {
  const p = new URLSearchParams();
  if (v.q.trim()) p.set('q', v.q.trim());
  for (const f of FACETS) if (v.facets[f] !== undefined) p.set(f, v.facets[f]!);
  if (v.sort) p.set('sort', v.sort);
  if (v.sort && v.dir !== 'desc') p.set('dir', v.dir);
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Unknown keys and values are dropped: a hand-edited or stale bookmark still opens. */
export function viewFromHash(hash: string): LibView {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const facets: LibView['facets'] = {};
  for (const f of FACETS) {
    const value = p.get(f);
    if (value !== null && (f !== 'highlights' || value === 'yes' || value === 'no')) facets[f] = value;
  }
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    facets,
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : undefined,
    dir: p.get('dir') === 'asc' ? 'asc' : 'desc',
  };
}
