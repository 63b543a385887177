/** Schema v4 and the notice ↔ 附件 link (issue 18): migration, saving, deleting with undo. */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClausemarkDB, attachmentsOf, deleteClips, deleteClipsForUndo, restoreDeletedClips, saveClip } from '../../utils/db';
import { addClips, clipRow, freshDb, highlightRow } from '../helpers/library';
import { makePage } from '../helpers/page';

/** The v3 declaration, copied: the database as v3 of the extension left it. */
function openV3(name: string): Dexie {
  const db = new Dexie(name);
  db.version(3).stores({
    clips: 'id, &canonicalUrl, url, updatedAt, savedAt, siteName, highlightCount, [siteName+updatedAt]',
    clipBodies: 'clipId',
    highlights: 'id, clipId, [clipId+createdAt], url, updatedAt',
    collections: 'id, &name, createdAt',
    memberships: '[collectionId+clipId], clipId, collectionId',
    settings: 'key',
  });
  return db;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const page = (n: string) => makePage({ url: `https://www.gov.cn/zhengce/${n}`, canonicalUrl: `https://www.gov.cn/zhengce/${n}`, title: n });

describe('schema v3 → v4', () => {
  it('opens v3 data unchanged and answers the attachmentOf index', async () => {
    const name = `migration-v4-${Math.random()}`;
    const clips = Array.from({ length: 40 }, (_, i) => clipRow(`clip-${i}`, { highlightCount: i % 4 === 0 ? 1 : 0, truncated: i === 3 }));
    const highlights = clips.filter((c) => c.highlightCount).map((c) => highlightRow(`h-${c.id}`, c.id));
    const collections = [{ id: 'col-1', name: '专题', createdAt: 1, description: '说明' }];
    const memberships = clips.slice(0, 5).map((c, i) => ({ collectionId: 'col-1', clipId: c.id, addedAt: i }));
    const bodies = clips.map((c) => ({ clipId: c.id, html: `<p>${c.title}</p>`, text: c.title, outline: [] }));
    const settings = [{ key: 'exportLocale', value: 'zh-CN' }];
    const v3 = openV3(name);
    await v3.transaction('rw', v3.tables, async () => {
      await v3.table('clips').bulkAdd(clips);
      await v3.table('clipBodies').bulkAdd(bodies);
      await v3.table('highlights').bulkAdd(highlights);
      await v3.table('collections').bulkAdd(collections);
      await v3.table('memberships').bulkAdd(memberships);
      await v3.table('settings').bulkAdd(settings);
    });
    v3.close();
    const db = new ClausemarkDB(name);
    try {
      await db.open();
      expect(db.verno).toBe(4);
      expect(byId(await db.clips.toArray())).toEqual(byId(clips));
      expect(await db.clipBodies.toArray()).toHaveLength(40);
      expect(byId(await db.highlights.toArray())).toEqual(byId(highlights));
      expect(await db.collections.toArray()).toEqual(collections);
      expect(await db.memberships.count()).toBe(5);
      expect(await db.settings.toArray()).toEqual(settings);
      expect(await db.clips.where('attachmentOf').equals('clip-1').count()).toBe(0);
      await db.clips.update('clip-2', { attachmentOf: 'clip-1', attachmentName: '附件1' });
      expect((await attachmentsOf(db, 'clip-1')).map((c) => c.id)).toEqual(['clip-2']);
    } finally {
      await db.delete();
    }
  });
});

describe('saving a 附件', () => {
  it('links it to its notice, keeps the link when clipped again alone, and updates the same clip by address', async () => {
    const db = freshDb('att');
    const notice = (await saveClip(db, page('notice.htm'), 1)).clip;
    const first = await saveClip(db, page('P1.pdf'), 2, { attachmentOf: notice.id, attachmentName: '附件1：实施细则' });
    expect(first.clip).toMatchObject({ attachmentOf: notice.id, attachmentName: '附件1：实施细则' });
    const alone = await saveClip(db, page('P1.pdf'), 3);
    expect(alone).toMatchObject({ created: false, clip: { id: first.clip.id, attachmentOf: notice.id } });
    const again = await saveClip(db, page('P1.pdf'), 4, { attachmentOf: notice.id, attachmentName: '附件1：实施细则（修订）' });
    expect(again.clip.id).toBe(first.clip.id);
    expect(await db.clips.count()).toBe(2);
    expect((await attachmentsOf(db, notice.id)).map((c) => c.attachmentName)).toEqual(['附件1：实施细则（修订）']);
  });

  it('never links to a clip that is not there, nor to itself', async () => {
    const db = freshDb('att');
    const lost = await saveClip(db, page('P2.pdf'), 1, { attachmentOf: 'no-such-clip', attachmentName: '附件2' });
    expect(lost.clip.attachmentOf).toBeUndefined();
    const self = await saveClip(db, page('P2.pdf'), 2, { attachmentOf: lost.clip.id, attachmentName: '附件2' });
    expect(self.clip.attachmentOf).toBeUndefined();
  });

  it('orders a notice’s attachments as printed: 附件2 before 附件10', async () => {
    const db = freshDb('att');
    await addClips(db, [
      clipRow('n'),
      clipRow('a10', { attachmentOf: 'n', attachmentName: '附件10：表' }),
      clipRow('a2', { attachmentOf: 'n', attachmentName: '附件2：办法' }),
    ]);
    expect((await attachmentsOf(db, 'n')).map((c) => c.id)).toEqual(['a2', 'a10']);
  });
});

describe('deleting a notice', () => {
  const seed = async () => {
    const db = freshDb('att');
    await addClips(db, [
      clipRow('notice'),
      clipRow('a1', { attachmentOf: 'notice', attachmentName: '附件1' }),
      clipRow('a2', { attachmentOf: 'notice', attachmentName: '附件2' }),
    ]);
    return db;
  };

  it('leaves its attachments as ordinary clips (no link to a deleted clip), and deletes an attachment deleted with it', async () => {
    const db = await seed();
    expect(await deleteClips(db, ['notice', 'a2'])).toBe(2);
    const rest = await db.clips.toArray();
    expect(rest.map((c) => c.id)).toEqual(['a1']);
    expect(rest[0]!.attachmentOf).toBeUndefined();
    expect(rest[0]!.attachmentName).toBeUndefined();
  });

  it('is undone with its links: the attachments point at it again', async () => {
    const db = await seed();
    const undo = await deleteClipsForUndo(db, ['notice']);
    expect(undo.unlinked.map((l) => l.id).sort()).toEqual(['a1', 'a2']);
    expect(await db.clips.where('attachmentOf').equals('notice').count()).toBe(0);
    expect((await restoreDeletedClips(db, undo)).ok).toBe(true);
    expect((await attachmentsOf(db, 'notice')).map((c) => [c.id, c.attachmentName])).toEqual([
      ['a1', '附件1'],
      ['a2', '附件2'],
    ]);
  });
});
