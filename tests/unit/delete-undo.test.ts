/** Delete with undo: the rows read before deleting come back exactly, and a re-clipped page blocks the restore. */
import { describe, expect, it } from 'vitest';
import {
  addToCollection,
  createCollection,
  deleteClipsForUndo,
  deleteCollection,
  restoreDeletedClips,
  type ClausemarkDB,
} from '../../utils/db';
import { addClips, clipRow, freshDb, highlightRow } from '../helpers/library';

async function dump(db: ClausemarkDB) {
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    clips: sorted(await db.clips.toArray()),
    bodies: sorted(await db.clipBodies.toArray()),
    highlights: sorted(await db.highlights.toArray()),
    memberships: sorted(await db.memberships.toArray()),
    collections: sorted(await db.collections.toArray()),
  };
}

async function library() {
  const db = freshDb('undo');
  await addClips(
    db,
    ['a', 'b', 'c'].map((id, i) => clipRow(id, { highlightCount: id === 'c' ? 0 : 2, updatedAt: 1000 + i })),
    { a: '第一条 正文', b: '第二条 正文' },
  );
  await db.highlights.bulkAdd([
    highlightRow('h1', 'a', { note: '要点' }),
    highlightRow('h2', 'a'),
    highlightRow('h3', 'b', { color: 'green', note: '待核实' }),
    highlightRow('h4', 'b'),
  ]);
  const col = await createCollection(db, '专题');
  const other = await createCollection(db, '另一个');
  if (!col.ok || !other.ok) throw new Error('no collection');
  await addToCollection(db, col.value.id, ['a', 'b', 'c']);
  await addToCollection(db, other.value.id, ['a']);
  return { db, col: col.value.id, other: other.value.id };
}

describe('deleteClipsForUndo / restoreDeletedClips', () => {
  it('deletes clips, bodies, highlights and memberships, and restores them exactly', async () => {
    const { db } = await library();
    const before = await dump(db);
    const deleted = await deleteClipsForUndo(db, ['a', 'b', 'missing']);
    expect(deleted.clips.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(await db.clips.count()).toBe(1);
    expect(await db.clipBodies.count()).toBe(1);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.memberships.count()).toBe(1); // c's
    const res = await restoreDeletedClips(db, deleted);
    expect(res).toEqual({ ok: true, value: 2 });
    expect(await dump(db)).toEqual(before);
  });

  it('survives a structured clone of the snapshot (it is held in page state, plain data)', async () => {
    const { db } = await library();
    const before = await dump(db);
    const deleted = structuredClone(await deleteClipsForUndo(db, ['a']));
    expect((await restoreDeletedClips(db, deleted)).ok).toBe(true);
    expect(await dump(db)).toEqual(before);
  });

  it('drops memberships of a collection deleted in the meantime', async () => {
    const { db, other } = await library();
    const deleted = await deleteClipsForUndo(db, ['a']);
    await deleteCollection(db, other);
    expect((await restoreDeletedClips(db, deleted)).ok).toBe(true);
    expect((await db.memberships.where('clipId').equals('a').toArray()).map((m) => m.collectionId)).not.toContain(other);
    expect(await db.memberships.where('clipId').equals('a').count()).toBe(1);
  });

  it('refuses, changing nothing, when the page was clipped again since', async () => {
    const { db } = await library();
    const deleted = await deleteClipsForUndo(db, ['a', 'b']);
    await addClips(db, [clipRow('a2', { canonicalUrl: deleted.clips.find((c) => c.id === 'b')!.canonicalUrl })]);
    const before = await dump(db);
    const res = await restoreDeletedClips(db, deleted);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.key).toBe('libpage.undo.conflict');
    expect(await dump(db)).toEqual(before);
  });
});
