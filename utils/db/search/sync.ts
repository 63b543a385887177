/**
 * How the in-memory search learns about writes made anywhere in the extension.
 * 1. Dexie's `storagemutated` event: fired after every read-write transaction, and Dexie 4 forwards it to the other
 *    same-origin contexts (popup, options, reader → background service worker) over a BroadcastChannel. Its parts
 *    name the changed primary keys per table ("idb://<db>/<table>/"), or a whole range for bulk writes.
 * 2. A staleness check with each search (run while the search ranks), in case an event is missing or still on its
 *    way: counts and newest updatedAt of clips and highlights, in the database vs in memory.
 */
import type { IntervalTree, ObservabilitySet } from 'dexie';
import type { Changed, Stamps, StoreSignature } from '../../search/changes';
import type { ClausemarkDB } from '../schema';

/** Every single key in an interval tree, or 'all' if it holds a real range. */
function keysOf(tree: IntervalTree, into: Set<string>): boolean {
  const stack: IntervalTree[] = [tree];
  while (stack.length) {
    const node = stack.pop() as Partial<{ from: unknown; to: unknown; l: IntervalTree | null; r: IntervalTree | null }>;
    if (!node || node.from === undefined) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    into.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return true;
}

/** What an event says changed in this database; null when it did not touch what the search keeps. */
export function changedBy(parts: ObservabilitySet, dbName: string): Changed | null {
  const clips = new Set<string>();
  const highlights = new Set<string>();
  let allClips = false;
  let allHighlights = false;
  let touched = false;
  for (const [part, tree] of Object.entries(parts)) {
    const m = /^idb:\/\/(.*)\/([^/]+)\/$/.exec(part); // primary-key parts only
    if (!m || m[1] !== dbName) continue;
    if (m[2] === 'clips' || m[2] === 'clipBodies') ((touched = true), (allClips ||= !keysOf(tree, clips)));
    if (m[2] === 'highlights') ((touched = true), (allHighlights ||= !keysOf(tree, highlights)));
  }
  return touched ? { clips: allClips ? 'all' : clips, highlights: allHighlights ? 'all' : highlights } : null;
}

/** Count and newest stamp of one table: two reads in one transaction. */
function tableSignature(db: ClausemarkDB, table: ClausemarkDB['clips'] | ClausemarkDB['highlights']): Promise<[number, number]> {
  return db.transaction('r', table, async () => {
    // sequential: native Promise.all inside a Dexie transaction can let it commit early in some environments
    const count = await table.count();
    const newest = await table.orderBy('updatedAt').lastKey();
    return [count, Number(newest ?? 0)];
  });
}

/**
 * Four index reads, cheap enough with every search: the two tables in parallel transactions. A write landing between
 * them is caught by the next check (or its event), as one landing just after a single transaction would be.
 */
export async function dbSignature(db: ClausemarkDB): Promise<StoreSignature> {
  const [[clips, clipsNewest], [highlights, highlightsNewest]] = await Promise.all([
    tableSignature(db, db.clips),
    tableSignature(db, db.highlights),
  ]);
  return { clips, clipsNewest, highlights, highlightsNewest };
}

/** id → updatedAt for every clip and highlight, from index keys only (no rows read). */
export function keyStamps(db: ClausemarkDB): Promise<Stamps> {
  return db.transaction('r', db.clips, db.highlights, async () => {
    const zip = (ids: string[], times: unknown[]) => new Map(ids.map((id, i) => [id, Number(times[i])]));
    const cIds = await db.clips.orderBy('updatedAt').primaryKeys();
    const cTimes = await db.clips.orderBy('updatedAt').keys();
    const hIds = await db.highlights.orderBy('updatedAt').primaryKeys();
    const hTimes = await db.highlights.orderBy('updatedAt').keys();
    return { clips: zip(cIds, cTimes), highlights: zip(hIds, hTimes) };
  });
}
