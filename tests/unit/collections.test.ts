import { describe, expect, it } from 'vitest';
import {
  addToCollection,
  collectionsOfClip,
  createCollection,
  deleteClips,
  deleteCollection,
  insertHighlight,
  listCollections,
  patchHighlight,
  removeFromCollection,
  removeHighlight,
  renameCollection,
} from '../../utils/db';
import { addClips, clipRow, freshDb, highlightRow } from '../helpers/library';

describe('collections', () => {
  it('creates with a trimmed name and refuses empty, too long and duplicate (case-insensitive) names', async () => {
    const db = freshDb();
    const a = await createCollection(db, '  数据 要素  ', 5);
    expect(a).toMatchObject({ ok: true, value: { name: '数据 要素', createdAt: 5 } });
    expect(await createCollection(db, '   ')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await createCollection(db, 'x'.repeat(81))).toMatchObject({ ok: false });
    expect((await createCollection(db, 'x'.repeat(80))).ok).toBe(true);
    await createCollection(db, 'Energy');
    const dup = await createCollection(db, ' energy ');
    expect(dup.ok).toBe(false);
    expect(!dup.ok && dup.error.message).toContain('Energy');
    expect(await db.collections.count()).toBe(3);
  });

  it("renames, keeping its own name allowed in another case, refusing another collection's name", async () => {
    const db = freshDb();
    const a = await createCollection(db, 'Tax');
    await createCollection(db, '能源');
    const id = a.ok ? a.value.id : '';
    expect(await renameCollection(db, id, 'TAX')).toMatchObject({ ok: true, value: { id, name: 'TAX' } });
    expect((await renameCollection(db, id, '能源')).ok).toBe(false);
    expect((await renameCollection(db, 'nope', 'x')).ok).toBe(false);
    expect((await db.collections.get(id))?.name).toBe('TAX');
  });

  it('lists by Chinese collation with member counts', async () => {
    const db = freshDb();
    await addClips(db, [clipRow('c1'), clipRow('c2'), clipRow('c3')]);
    const ids: Record<string, string> = {};
    for (const name of ['张', '安', 'Bank', '北']) {
      const r = await createCollection(db, name);
      if (r.ok) ids[name] = r.value.id;
    }
    expect(await addToCollection(db, ids['北']!, ['c1', 'c2', 'c2', 'missing'])).toBe(2);
    expect(await addToCollection(db, ids['北']!, ['c1', 'c3'])).toBe(1); // c1 already in it
    expect(await addToCollection(db, ids['安']!, ['c1'])).toBe(1);
    expect(await addToCollection(db, 'no-such-collection', ['c1'])).toBe(0);
    const list = await listCollections(db);
    expect(list.map((c) => c.name)).toEqual(['安', '北', '张', 'Bank']); // pinyin order; zh collation puts Han first
    expect(list.map((c) => c.count)).toEqual([1, 3, 0, 0]);
    expect((await collectionsOfClip(db, 'c1')).sort()).toEqual([ids['安'], ids['北']].sort());
  });

  it('removes members, and deleting a collection keeps its clips', async () => {
    const db = freshDb();
    await addClips(db, [clipRow('c1'), clipRow('c2')]);
    const r = await createCollection(db, 'A');
    const id = r.ok ? r.value.id : '';
    await addToCollection(db, id, ['c1', 'c2']);
    expect(await removeFromCollection(db, id, ['c2', 'c2', 'nope'])).toBe(1);
    expect(await collectionsOfClip(db, 'c2')).toEqual([]);
    await deleteCollection(db, id);
    expect(await db.collections.count()).toBe(0);
    expect(await db.memberships.count()).toBe(0);
    expect(await db.clips.count()).toBe(2);
  });
});

describe('deleteClips', () => {
  it('removes clips with their bodies, highlights and memberships, and nothing else', async () => {
    const db = freshDb();
    await addClips(db, [clipRow('c1'), clipRow('c2'), clipRow('c3')]);
    await insertHighlight(db, highlightRow('h1', 'c1'));
    await insertHighlight(db, highlightRow('h2', 'c2'));
    const r = await createCollection(db, 'A');
    const col = r.ok ? r.value.id : '';
    await addToCollection(db, col, ['c1', 'c2', 'c3']);
    expect(await deleteClips(db, ['c1', 'c2', 'c1', 'ghost'])).toBe(2);
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual(['c3']);
    expect((await db.clipBodies.toArray()).map((b) => b.clipId)).toEqual(['c3']);
    expect(await db.highlights.count()).toBe(0);
    expect((await db.memberships.toArray()).map((m) => m.clipId)).toEqual(['c3']);
    expect((await listCollections(db))[0]!.count).toBe(1);
  });
});

describe('highlight rows keep highlightCount exact', () => {
  it('insert, patch and remove', async () => {
    const db = freshDb();
    await addClips(db, [clipRow('c1', { updatedAt: 50 })]);
    await insertHighlight(db, highlightRow('h1', 'c1'));
    await insertHighlight(db, highlightRow('h2', 'c1'));
    expect((await db.clips.get('c1'))?.highlightCount).toBe(2);
    await expect(insertHighlight(db, highlightRow('h2', 'c1'))).rejects.toThrow(); // same id: nothing changes
    expect((await db.clips.get('c1'))?.highlightCount).toBe(2);
    const p = await patchHighlight(db, 'h1', { note: '要点' }, 77);
    expect(p).toMatchObject({ id: 'h1', note: '要点', color: 'yellow', updatedAt: 77 });
    expect(await patchHighlight(db, 'nope', { note: 'x' })).toBeUndefined();
    expect(await removeHighlight(db, 'h2')).toBe(true);
    expect(await removeHighlight(db, 'h2')).toBe(false);
    const clip = await db.clips.get('c1');
    expect(clip?.highlightCount).toBe(1);
    expect(clip?.updatedAt).toBe(50); // the "clipped" date does not move
  });
});
