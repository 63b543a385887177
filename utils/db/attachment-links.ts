/**
 * A notice's 附件 clipped with it (issue 18) point at it with `attachmentOf`. Deleting a notice leaves them as
 * ordinary clips: their link goes in the same transaction, so no clip ever points at a clip that is not there.
 */
import type { AttachmentOf, Clip } from '../model';
import type { ClausemarkDB } from './schema';

/** A link cleared when its notice was deleted (kept by the undo, which puts it back). */
export interface ClearedLink extends AttachmentOf {
  id: string;
}

/** 附件1 before 附件2 before 附件10 (the order the notice printed them), then by address. */
export const byAttachmentName = (a: Clip, b: Clip) =>
  (a.attachmentName ?? '').localeCompare(b.attachmentName ?? '', 'zh-CN', { numeric: true }) || a.url.localeCompare(b.url);

/** The clips that are 附件 of this notice. */
export async function attachmentsOf(db: ClausemarkDB, noticeId: string): Promise<Clip[]> {
  return (await db.clips.where('attachmentOf').equals(noticeId).toArray()).sort(byAttachmentName);
}

/** How many attachments of these notices deleting them all would leave as ordinary clips (the message says so). */
export async function keptAttachments(db: ClausemarkDB, noticeIds: readonly string[]): Promise<number> {
  const gone = new Set(noticeIds);
  return db.clips
    .where('attachmentOf')
    .anyOf([...gone])
    .filter((c) => !gone.has(c.id))
    .count();
}

/**
 * Clears the link of every attachment of these notices that is not itself among them. Call inside a transaction
 * over `clips` that deletes the notices.
 */
export async function unlinkAttachments(db: ClausemarkDB, noticeIds: readonly string[]): Promise<ClearedLink[]> {
  const gone = new Set(noticeIds);
  const kept = (
    await db.clips
      .where('attachmentOf')
      .anyOf([...gone])
      .toArray()
  ).filter((c) => !gone.has(c.id));
  for (const c of kept)
    await db.clips
      .where('id')
      .equals(c.id)
      .modify((row) => void (delete row.attachmentOf, delete row.attachmentName));
  return kept.map((c) => ({ id: c.id, attachmentOf: c.attachmentOf!, attachmentName: c.attachmentName ?? '' }));
}

/** Puts cleared links back where both ends exist and the attachment has not been linked again since. */
export async function relinkAttachments(db: ClausemarkDB, links: readonly ClearedLink[]): Promise<void> {
  for (const { id, attachmentOf, attachmentName } of links) {
    const [clip, notice] = await db.clips.bulkGet([id, attachmentOf]);
    if (clip && notice && !clip.attachmentOf) await db.clips.update(id, { attachmentOf, attachmentName });
  }
}
