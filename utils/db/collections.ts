/** Collections: named groups of clips. A clip may be in many; deleting a collection keeps its clips. */
import { fail, ok, type Result } from '../result';
import { newId } from './save-clip';
import type { Collection } from '../model';
import type { ClausemarkDB } from './schema';

export interface CollectionInfo extends Collection {
  count: number;
}

export const MAX_COLLECTION_NAME = 80;

/** By name, in Chinese collation: Han names in pinyin order first, then Latin ones. */
export async function listCollections(db: ClausemarkDB): Promise<CollectionInfo[]> {
  // one snapshot of both tables; sequential awaits (native Promise.all can let a Dexie transaction commit early)
  return db.transaction('r', db.collections, db.memberships, async () => {
    const collections = await db.collections.toArray();
    const counts = new Map<string, number>();
    for (const k of (await db.memberships.orderBy('collectionId').keys()) as string[]) counts.set(k, (counts.get(k) ?? 0) + 1);
    return collections.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  });
}

/** The trimmed name, or why it cannot be used (`exceptId`: the collection being renamed). */
async function checkName(db: ClausemarkDB, raw: string, exceptId?: string): Promise<Result<string>> {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return fail('bad-request', 'A collection needs a name.');
  if (name.length > MAX_COLLECTION_NAME)
    return fail('bad-request', `A collection name can have at most ${MAX_COLLECTION_NAME} characters.`);
  const lower = name.toLocaleLowerCase();
  const clash = await db.collections.filter((c) => c.id !== exceptId && c.name.toLocaleLowerCase() === lower).first();
  if (clash) return fail('bad-request', `There is already a collection named “${clash.name}”.`);
  return ok(name);
}

export function createCollection(db: ClausemarkDB, name: string, now = Date.now()): Promise<Result<Collection>> {
  return db.transaction('rw', db.collections, async () => {
    const checked = await checkName(db, name);
    if (!checked.ok) return checked;
    const c: Collection = { id: newId(), name: checked.value, createdAt: now, description: '' };
    await db.collections.add(c);
    return ok(c);
  });
}

export function renameCollection(db: ClausemarkDB, id: string, name: string): Promise<Result<Collection>> {
  return db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    if (!c) return fail('bad-request', 'That collection no longer exists.');
    const checked = await checkName(db, name, id);
    if (!checked.ok) return checked;
    const next = { ...c, name: checked.value };
    await db.collections.put(next);
    return ok(next);
  });
}

export const MAX_COLLECTION_DESCRIPTION = 2000;

/** Sets what the collection is for (trimmed; '' clears it). */
export function describeCollection(db: ClausemarkDB, id: string, text: string): Promise<Result<Collection>> {
  return db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    if (!c) return fail('bad-request', 'That collection no longer exists.');
    const description = text.trim();
    if (description.length > MAX_COLLECTION_DESCRIPTION)
      return fail('bad-request', `A description can have at most ${MAX_COLLECTION_DESCRIPTION} characters.`);
    const next = { ...c, description };
    await db.collections.put(next);
    return ok(next);
  });
}

/** The collection and its memberships go; the clips stay. */
export function deleteCollection(db: ClausemarkDB, id: string): Promise<void> {
  return db.transaction('rw', db.collections, db.memberships, async () => {
    await db.memberships.where('collectionId').equals(id).delete();
    await db.collections.delete(id);
  });
}

/** How many of the clips were newly added (already-members and unknown clips don't count). */
export function addToCollection(db: ClausemarkDB, collectionId: string, clipIds: readonly string[], now = Date.now()): Promise<number> {
  return db.transaction('rw', db.collections, db.clips, db.memberships, async () => {
    if (!(await db.collections.get(collectionId))) return 0;
    const ids = [...new Set(clipIds)];
    const clips = await db.clips.bulkGet(ids);
    const existing = await db.memberships.bulkGet(ids.map((clipId) => [collectionId, clipId] as [string, string]));
    const rows = ids.filter((_, i) => clips[i] && !existing[i]).map((clipId) => ({ collectionId, clipId, addedAt: now }));
    await db.memberships.bulkAdd(rows);
    return rows.length;
  });
}

/** How many of the clips were in the collection and are no longer. */
export function removeFromCollection(db: ClausemarkDB, collectionId: string, clipIds: readonly string[]): Promise<number> {
  return db.transaction('rw', db.memberships, async () => {
    const keys = [...new Set(clipIds)].map((clipId) => [collectionId, clipId] as [string, string]);
    const found = (await db.memberships.bulkGet(keys)).filter((m) => !!m).length;
    await db.memberships.bulkDelete(keys);
    return found;
  });
}

/** Ids of the collections the clip is in. */
export async function collectionsOfClip(db: ClausemarkDB, clipId: string): Promise<string[]> {
  const keys = await db.memberships.where('clipId').equals(clipId).primaryKeys();
  return keys.map(([collectionId]) => collectionId);
}
