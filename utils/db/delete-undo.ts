/**
 * Deleting clips so the deletion can be undone: the rows that hang off them are read and deleted in one
 * transaction, and restoring puts exactly those rows back (clips, bodies, highlights, memberships).
 */
import { fail, ok, problem, type Result } from '../result';
import type { Clip, ClipBody, Highlight, Membership } from '../model';
import { relinkAttachments, unlinkAttachments, type ClearedLink } from './attachment-links';
import type { ClausemarkDB } from './schema';

export interface DeletedClips {
  clips: Clip[];
  bodies: ClipBody[];
  highlights: Highlight[];
  memberships: Membership[];
  /** 附件 of deleted notices left as ordinary clips: the undo links them again */
  unlinked: ClearedLink[];
}

const tables = (db: ClausemarkDB) => [db.clips, db.clipBodies, db.highlights, db.memberships, db.collections];

/** Deletes the clips and everything hanging off them; resolves to the rows it deleted (unknown ids are ignored). */
export function deleteClipsForUndo(db: ClausemarkDB, clipIds: readonly string[]): Promise<DeletedClips> {
  const ids = [...new Set(clipIds)];
  return db.transaction('rw', tables(db), async () => {
    const clips = (await db.clips.bulkGet(ids)).filter((c): c is Clip => !!c);
    const found = clips.map((c) => c.id);
    const bodies = (await db.clipBodies.bulkGet(found)).filter((b): b is ClipBody => !!b);
    const highlights = await db.highlights.where('clipId').anyOf(found).toArray();
    const memberships = await db.memberships.where('clipId').anyOf(found).toArray();
    await db.highlights.bulkDelete(highlights.map((h) => h.id));
    await db.memberships.where('clipId').anyOf(found).delete();
    await db.clipBodies.bulkDelete(found);
    await db.clips.bulkDelete(found);
    const unlinked = await unlinkAttachments(db, found);
    return { clips, bodies, highlights, memberships, unlinked };
  });
}

/**
 * Puts deleted rows back as they were. Refused, changing nothing, when one of the pages was clipped again in the
 * meantime (its address now belongs to a new clip); memberships of a collection deleted since are dropped.
 */
export function restoreDeletedClips(db: ClausemarkDB, rows: DeletedClips): Promise<Result<number>> {
  return db.transaction('rw', tables(db), async () => {
    for (const c of rows.clips) {
      const taken = await db.clips.where('canonicalUrl').equals(c.canonicalUrl).first();
      if (taken || (await db.clips.get(c.id))) return fail('bad-request', problem('libpage.undo.conflict', { title: c.title }));
    }
    const alive = new Set((await db.collections.bulkGet([...new Set(rows.memberships.map((m) => m.collectionId))])).map((c) => c?.id));
    await db.clips.bulkAdd(rows.clips);
    await db.clipBodies.bulkPut(rows.bodies);
    await db.highlights.bulkPut(rows.highlights);
    await db.memberships.bulkPut(rows.memberships.filter((m) => alive.has(m.collectionId)));
    await relinkAttachments(db, rows.unlinked ?? []);
    return ok(rows.clips.length);
  });
}
