/** Backups carry a 附件's link to its notice (schema v4); a link to a clip not in the backup is dropped and counted. */
import { describe, expect, it } from 'vitest';
import { applyImportPlan, attachmentsOf, gatherBundle, planBackupText } from '../../utils/db';
import { readBackup, toBackupJson } from '../../utils/export/backup';
import { addClips, clipRow, freshDb } from '../helpers/library';

const seed = async () => {
  const db = freshDb('att-backup');
  await addClips(db, [
    clipRow('notice'),
    clipRow('a1', {
      attachmentOf: 'notice',
      attachmentName: '附件1：实施细则',
      url: 'https://example.gov.cn/P1.pdf',
      canonicalUrl: 'https://example.gov.cn/P1.pdf',
    }),
    clipRow('a2', {
      attachmentOf: 'notice',
      attachmentName: '附件2：申报表',
      url: 'https://example.gov.cn/P2.pdf',
      canonicalUrl: 'https://example.gov.cn/P2.pdf',
    }),
  ]);
  return db;
};

describe('附件 links in backups', () => {
  it('survive a backup and an import, following the notice to the id it gets in the other library', async () => {
    const text = toBackupJson(await gatherBundle(await seed()));
    const other = freshDb('att-backup');
    // this library already uses the id "notice" for another page: the imported notice gets a fresh id
    await addClips(other, [clipRow('notice', { url: 'https://other.gov.cn/x.htm', canonicalUrl: 'https://other.gov.cn/x.htm' })]);
    const planned = await planBackupText(other, text);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.droppedLinks).toBe(0);
    const done = await applyImportPlan(other, planned.plan, { replace: false });
    expect(done.ok).toBe(true);
    const notice = await other.clips.where('canonicalUrl').equals('https://example.gov.cn/notice.htm').first();
    expect(notice?.id).not.toBe('notice');
    expect((await attachmentsOf(other, notice!.id)).map((c) => c.attachmentName)).toEqual(['附件1：实施细则', '附件2：申报表']);
    expect(await attachmentsOf(other, 'notice')).toEqual([]);
  });

  it('drop a link to a notice the backup does not hold, count it, and import the attachment as an ordinary clip', async () => {
    const db = await seed();
    const text = toBackupJson(await gatherBundle(db, { clipIds: ['a1'] }));
    expect(readBackup(text).droppedLinks).toBe(1);
    expect(readBackup(text).bundle.clips[0]).not.toHaveProperty('attachmentOf');
    const fresh = freshDb('att-backup');
    const planned = await planBackupText(fresh, text);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.droppedLinks).toBe(1);
    expect((await applyImportPlan(fresh, planned.plan, { replace: false })).ok).toBe(true);
    const [only] = await fresh.clips.toArray();
    expect(only).toMatchObject({ id: 'a1', title: '文件 a1' });
    expect(only!.attachmentOf).toBeUndefined();
  });

  it('refuse a link that is not an id, naming the field', async () => {
    const file = JSON.parse(toBackupJson(await gatherBundle(await seed())));
    file.clips[1].attachmentOf = 42;
    expect(() => readBackup(JSON.stringify(file))).toThrow(/clips\[1\]\.attachmentOf/);
  });

  it('count a clip that names itself as its notice as a dropped link', async () => {
    const file = JSON.parse(toBackupJson(await gatherBundle(await seed())));
    file.clips.find((c: { id: string }) => c.id === 'a2').attachmentOf = 'a2';
    const parsed = readBackup(JSON.stringify(file));
    expect(parsed.droppedLinks).toBe(1);
    expect(parsed.bundle.clips.filter((c) => c.attachmentOf).map((c) => c.id)).toEqual(['a1']);
  });
});
