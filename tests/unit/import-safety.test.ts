import { afterEach, describe, expect, it } from 'vitest';
import { FUTURE_MARGIN, gatherBundle, importBackupText, importBundle, planImport } from '../../utils/db';
import { fromBackupJson, toBackupJson, type FullBundle } from '../../utils/export/index';
import { dump, SAMPLE } from '../helpers/backup-db';
import { deleteDbs, trackedDb } from '../helpers/db';

const NOW = Date.UTC(2026, 11, 6, 20, 0);
const Y2999 = Date.UTC(2999, 0, 1);

const freshDb = () => trackedDb('import-safety');
afterEach(deleteDbs);

/** Someone else's backup: the user's first clip's page, dated 2999, another body and title, a highlight and a note. */
function strangers(): FullBundle {
  const s = fromBackupJson(SAMPLE);
  const c = {
    ...s.clips[0]!,
    id: 'theirs',
    title: 'Taken over',
    excerpt: 'theirs',
    url: 'https://evil.example/x',
    savedAt: Y2999,
    updatedAt: Y2999,
  };
  const h = { ...s.highlights[0]!, id: 'their-h', clipId: 'theirs', note: 'their note', createdAt: Y2999, updatedAt: Y2999 };
  const col = { id: 'their-col', name: 'Theirs', createdAt: Y2999 };
  return {
    clips: [c],
    bodies: [{ clipId: 'theirs', html: '<p>theirs</p>', text: 'theirs', outline: [] }],
    highlights: [h],
    collections: [col],
    memberships: [{ collectionId: 'their-col', clipId: 'theirs', addedAt: Y2999 }],
    settings: [],
  };
}

describe("a stranger's backup", () => {
  it('caps every date at now + 1 day', async () => {
    const db = freshDb();
    const b = strangers();
    b.clips[0]!.canonicalUrl = 'https://new.example/page';
    await importBundle(db, b, { now: NOW });
    const got = await gatherBundle(db);
    const max = NOW + FUTURE_MARGIN;
    expect(FUTURE_MARGIN).toBe(24 * 3600 * 1000);
    expect(got.clips[0]).toMatchObject({ savedAt: max, updatedAt: max });
    expect(got.highlights[0]).toMatchObject({ createdAt: max, updatedAt: max });
    expect(got.collections[0]!.createdAt).toBe(max);
    expect(got.memberships[0]!.addedAt).toBe(max);
    // the plan shows capped data too, and leaves the caller's bundle alone
    expect((await planImport(db, b, NOW)).bundle.clips[0]!.updatedAt).toBe(max);
    expect(b.clips[0]!.updatedAt).toBe(Y2999);
  });

  it("cannot replace, annotate or pin the user's clip without the opt-in", async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE), { now: NOW });
    const before = await dump(db);
    const plan = await planImport(db, strangers(), NOW);
    expect(plan.replaced).toEqual([{ title: '某市公共数据开放管理办法', older: false }]);
    expect(plan.added).toEqual([]);
    const report = await importBundle(db, strangers(), { now: NOW });
    expect(report.clips).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(report.highlights).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(report.memberships).toEqual({ added: 0, updated: 0, skipped: 1 });
    // only the (now empty) collection is new: the clip, its body, highlights and memberships are as they were
    const after = await gatherBundle(db);
    expect(after.collections.map((c) => c.name).sort()).toEqual(['Theirs', '数据治理', '营商环境']);
    await db.collections.delete('their-col');
    expect(await dump(db)).toBe(before);
  });

  it("with the opt-in it replaces, dated at most tomorrow, and the user's own older backup puts the clip back", async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE), { now: NOW });
    const own = toBackupJson(await gatherBundle(db));
    const report = await importBundle(db, strangers(), { now: NOW, replace: true });
    expect(report.clips).toEqual({ added: 0, updated: 1, skipped: 0 });
    const taken = (await db.clips.get('clip-data-rules'))!;
    expect(taken).toMatchObject({ title: 'Taken over', url: 'https://evil.example/x' });
    expect(taken.updatedAt).toBeLessThanOrEqual(NOW + FUTURE_MARGIN);
    expect(await db.highlights.where('clipId').equals('clip-data-rules').count()).toBe(4);

    // the user's backup is older than the stranger's (capped) copy: it still wins when the user asks for it
    const plan = await planImport(db, fromBackupJson(own), NOW);
    expect(plan.replaced).toEqual([{ title: 'Taken over', older: true }]);
    const back = await importBackupText(db, own, { now: NOW, replace: true });
    expect(back).toMatchObject({ ok: true, report: { clips: { added: 0, updated: 1, skipped: 2 } } });
    expect(await db.clips.get('clip-data-rules')).toMatchObject({
      title: '某市公共数据开放管理办法',
      url: 'https://www.example.gov.cn/zwgk/2024/0301/gfxwj-3.html',
    });
    expect((await db.clipBodies.get('clip-data-rules'))?.text).not.toBe('theirs');
  });
});
