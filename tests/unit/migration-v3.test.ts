/** Schema v2 → v3: collections gain a description; nothing else changes. */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClausemarkDB, describeCollection, createCollection, listCollections } from '../../utils/db';
import { clipRow, freshDb, highlightRow } from '../helpers/library';

/** The v2 declaration, copied: the database as v2 of the extension left it. */
function openV2(name: string): Dexie {
  const db = new Dexie(name);
  db.version(2).stores({
    clips: 'id, &canonicalUrl, url, updatedAt, savedAt, siteName, highlightCount, [siteName+updatedAt]',
    clipBodies: 'clipId',
    highlights: 'id, clipId, [clipId+createdAt], url, updatedAt',
    collections: 'id, &name, createdAt',
    memberships: '[collectionId+clipId], clipId, collectionId',
    settings: 'key',
  });
  return db;
}

describe('schema v2 → v3', () => {
  it('gives every collection an empty description and keeps every other row', async () => {
    const name = `migration-v3-${Math.random()}`;
    const clips = Array.from({ length: 50 }, (_, i) => clipRow(`clip-${i}`, { highlightCount: i % 3 === 0 ? 1 : 0 }));
    const highlights = clips.filter((c) => c.highlightCount).map((c) => highlightRow(`h-${c.id}`, c.id, { note: `批注 ${c.id}` }));
    const collections = Array.from({ length: 5 }, (_, i) => ({ id: `col-${i}`, name: `专题 ${i}`, createdAt: i }));
    const memberships = clips.slice(0, 10).map((c, i) => ({ collectionId: `col-${i % 5}`, clipId: c.id, addedAt: i }));
    const v2 = openV2(name);
    await v2.transaction('rw', v2.tables, async () => {
      await v2.table('clips').bulkAdd(clips);
      await v2.table('highlights').bulkAdd(highlights);
      await v2.table('collections').bulkAdd(collections);
      await v2.table('memberships').bulkAdd(memberships);
    });
    v2.close();

    const db = new ClausemarkDB(name);
    try {
      await db.open();
      expect(db.verno).toBe(4);
      const after = (await db.collections.toArray()).sort((a, b) => a.createdAt - b.createdAt);
      expect(after).toEqual(collections.map((c) => ({ ...c, description: '' })));
      expect((await db.clips.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...clips].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(await db.highlights.count()).toBe(highlights.length);
      expect(await db.memberships.count()).toBe(10);
      expect((await listCollections(db)).map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
    } finally {
      await db.delete();
    }
  });
});

describe('describeCollection', () => {
  it('sets, trims and clears a description; refuses an unknown collection and an overlong text', async () => {
    const db = freshDb('describe');
    const c = await createCollection(db, '税收政策');
    if (!c.ok) throw new Error('not created');
    expect(c.value.description).toBe('');
    expect((await describeCollection(db, c.value.id, '  增值税留抵退税相关文件 ')).ok).toBe(true);
    expect((await db.collections.get(c.value.id))?.description).toBe('增值税留抵退税相关文件');
    expect((await describeCollection(db, c.value.id, '')).ok).toBe(true);
    expect((await db.collections.get(c.value.id))?.description).toBe('');
    expect((await describeCollection(db, 'nope', 'x')).ok).toBe(false);
    expect((await describeCollection(db, c.value.id, 'x'.repeat(2001))).ok).toBe(false);
  });
});

describe('collection descriptions in backups', () => {
  it('keep a description through a backup, and read an older backup without one', async () => {
    const { fromBackupJson, toBackupJson } = await import('../../utils/export/index');
    const bundle = { clips: [], bodies: [], highlights: [], memberships: [], settings: [] };
    const described = [{ id: 'c1', name: '专题', createdAt: 1, description: '2019 年以来的减税文件' }];
    expect(fromBackupJson(toBackupJson({ ...bundle, collections: described })).collections).toEqual(described);
    const older = [{ id: 'c2', name: '旧合集', createdAt: 2 }];
    expect(fromBackupJson(toBackupJson({ ...bundle, collections: older })).collections).toEqual(older);
  });
});
