/**
 * Column sorting. Each column's ascending order over all rows is computed once per rows array and cached, so a
 * facet or search change only filters an ordered list, and flipping the direction only reverses it. Rows without a
 * value (no 文号, no date) always come last, in either direction.
 */
import { parseDocNumber } from './doc-number';
import type { LibRow } from './rows';
import type { SortDir, SortKey } from './view';

type Key = (number | string)[];

const collator = new Intl.Collator('zh', { numeric: true });

/** Ranks of a few distinct strings in Chinese collation (issuers, sites: sorting the distinct values is cheap). */
function ranks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  return new Map(distinct.map((v, i) => [v, i]));
}

/** Sort keys per row, or null when the row has no value for the column. */
function keysFor(rows: readonly LibRow[], key: SortKey): (Key | null)[] {
  switch (key) {
    case 'title': {
      // code-point order on folded text: collation over ~10,000 distinct titles costs ~80 ms a sort
      return rows.map((r) => (r.clip.title.trim() ? [r.clip.title.normalize('NFKC').toLowerCase()] : null));
    }
    case 'docNumber': {
      const parts = rows.map((r) => (r.clip.policy.docNumber.trim() ? parseDocNumber(r.clip.policy.docNumber) : null));
      const code = ranks(parts.map((p) => p?.code ?? ''));
      const raw = ranks(rows.map((r) => r.clip.policy.docNumber));
      const n = (x: number) => (Number.isNaN(x) ? Infinity : x);
      return parts.map((p, i) => (p ? [code.get(p.code)!, n(p.year), n(p.seq), raw.get(rows[i]!.clip.policy.docNumber)!] : null));
    }
    case 'issuer':
    case 'site': {
      const text = rows.map((r) => (key === 'issuer' ? r.clip.policy.issuer : r.clip.siteName).trim());
      const rank = ranks(text);
      return text.map((s) => (s ? [rank.get(s)!] : null));
    }
    case 'docDate':
      return rows.map((r) => (r.docDate ? [r.docDate] : null));
    case 'clipped':
      return rows.map((r) => [r.clip.updatedAt]);
    case 'highlights':
      return rows.map((r) => [r.clip.highlightCount]);
    case 'collections':
      return rows.map((r) => [r.collections.length]);
  }
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

interface Order {
  /** rows with a value, ascending (ties: newest clipped first) */
  valued: LibRow[];
  /** rows without one, newest clipped first */
  empty: LibRow[];
}

const cache = new WeakMap<readonly LibRow[], Map<SortKey, Order>>();
const newest = (a: LibRow, b: LibRow) => b.clip.updatedAt - a.clip.updatedAt || (a.clip.id < b.clip.id ? -1 : 1);

function orderOf(rows: readonly LibRow[], key: SortKey): Order {
  let byKey = cache.get(rows);
  if (!byKey) cache.set(rows, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const keys = keysFor(rows, key);
  const idx = rows.map((_, i) => i);
  const valued = idx.filter((i) => keys[i]).sort((a, b) => compareKeys(keys[a]!, keys[b]!) || newest(rows[a]!, rows[b]!));
  const empty = idx.filter((i) => !keys[i]).sort((a, b) => newest(rows[a]!, rows[b]!));
  const order = { valued: valued.map((i) => rows[i]!), empty: empty.map((i) => rows[i]!) };
  byKey.set(key, order);
  return order;
}

/**
 * `all` in the column's order, keeping only the rows `keep` allows. `all` must be the same array from call to call
 * (the live query's result) for the cache to help.
 */
export function sortRows(all: readonly LibRow[], key: SortKey, dir: SortDir, keep?: (row: LibRow) => boolean): LibRow[] {
  const { valued, empty } = orderOf(all, key);
  const head = dir === 'asc' ? valued : [...valued].reverse();
  const out = keep ? head.filter(keep) : [...head];
  for (const r of empty) if (!keep || keep(r)) out.push(r);
  return out;
}
