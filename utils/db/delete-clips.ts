/** Deleting clips removes everything that hangs off them, in one transaction. */
import { unlinkAttachments } from './attachment-links';
import type { ClausemarkDB } from './schema';

/** How many clips were deleted (unknown ids are ignored). A deleted notice's 附件 stay, as ordinary clips. */
export function deleteClips(db: ClausemarkDB, clipIds: readonly string[]): Promise<number> {
  const ids = [...new Set(clipIds)];
  return db.transaction('rw', [db.clips, db.clipBodies, db.highlights, db.memberships], async () => {
    const found = (await db.clips.bulkGet(ids)).filter((c) => !!c).length;
    await db.highlights.where('clipId').anyOf(ids).delete();
    await db.memberships.where('clipId').anyOf(ids).delete();
    await db.clipBodies.bulkDelete(ids);
    await db.clips.bulkDelete(ids);
    await unlinkAttachments(db, ids);
    return found;
  });
}
