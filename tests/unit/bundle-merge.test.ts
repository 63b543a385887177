import { afterEach, describe, expect, it } from 'vitest';
import { ClausemarkDB, applyImport, importBundle, planImport } from '../../utils/db';
import { fromBackupJson } from '../../utils/export/index';
import { dump, SAMPLE } from '../helpers/backup-db';
import { deleteDbs, trackedDb } from '../helpers/db';

const freshDb = () => trackedDb('bundle');
afterEach(deleteDbs);

describe('importBundle merges', () => {
  /** A library holding part of the sample: c1 older locally, c2 newer (own body), one highlight edited, a collection, a setting. */
  async function partLibrary() {
    const sample = fromBackupJson(SAMPLE);
    const db = freshDb();
    const [c1, c2] = sample.clips;
    await db.clips.bulkAdd([
      { ...c1!, id: 'local-1', title: 'local old', updatedAt: c1!.updatedAt - 1, highlightCount: 1 },
      { ...c2!, id: 'local-2', title: 'local new', updatedAt: c2!.updatedAt + 1, highlightCount: 0 },
    ]);
    await db.clipBodies.put({ clipId: 'local-2', html: '<p>mine</p>', text: 'mine', outline: [] });
    const h = sample.highlights[0]!;
    await db.highlights.add({ ...h, clipId: 'local-1', note: 'local note', updatedAt: h.updatedAt + 5 });
    const col = sample.collections[0]!;
    await db.collections.add({ ...col, id: 'local-col' });
    await db.settings.add({ key: 'highlightColor', value: 'green' });
    return { sample, db, c1: c1!, c2: c2!, h, col };
  }
  async function expectConsistent(db: ClausemarkDB) {
    // every clip's count matches its highlights, and every row points at something that exists
    for (const c of await db.clips.toArray()) expect(c.highlightCount).toBe(await db.highlights.where('clipId').equals(c.id).count());
    const clipIds = new Set((await db.clips.toArray()).map((c) => c.id));
    const colIds = new Set((await db.collections.toArray()).map((c) => c.id));
    expect((await db.highlights.toArray()).every((x) => clipIds.has(x.clipId))).toBe(true);
    expect((await db.memberships.toArray()).every((m) => clipIds.has(m.clipId) && colIds.has(m.collectionId))).toBe(true);
  }

  it('without the opt-in, clips the library has are kept with nothing of the backup attached; new ones are added', async () => {
    const { sample, db, c1, h, col } = await partLibrary();
    const report = await importBundle(db, sample);
    expect(report.clips).toEqual({ added: 1, updated: 0, skipped: 2 });
    // only the new clip's highlight; the kept clips' six are skipped
    expect(report.highlights).toEqual({ added: 1, updated: 0, skipped: 6 });
    expect(report.collections).toEqual({ added: 1, updated: 0, skipped: 1 });
    expect(report.memberships).toEqual({ added: 1, updated: 0, skipped: 3 });
    expect(report.settings).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await db.clips.count()).toBe(3);
    expect((await db.clips.get('local-1'))?.title).toBe('local old');
    expect((await db.clips.get('local-2'))?.title).toBe('local new');
    expect((await db.clipBodies.get('local-2'))?.text).toBe('mine');
    expect(await db.clips.get(c1.id)).toBeUndefined();
    expect(await db.highlights.where('clipId').anyOf('local-1', 'local-2').count()).toBe(1);
    expect((await db.highlights.get(h.id))?.note).toBe('local note');
    expect(await db.memberships.where('clipId').anyOf('local-1', 'local-2').count()).toBe(0);
    expect((await db.collections.toArray()).map((c) => c.id)).not.toContain(col.id);
    expect((await db.settings.get('highlightColor'))?.value).toBe('green');
    await expectConsistent(db);

    // importing the same file again changes nothing
    const before = await dump(db);
    const again = await importBundle(db, sample);
    expect(again.clips).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(again.highlights.added + again.highlights.updated).toBe(0);
    expect(await dump(db)).toBe(before);
  });

  it("with the opt-in, the backup's copies replace the local clips (ids kept, earlier savedAt) and their highlights merge", async () => {
    const { sample, db, c1, c2, h } = await partLibrary();
    const report = await importBundle(db, sample, { replace: true });
    expect(report.clips).toEqual({ added: 1, updated: 2, skipped: 0 });
    expect(report.highlights).toEqual({ added: 6, updated: 1, skipped: 0 });
    expect(report.memberships).toEqual({ added: 4, updated: 0, skipped: 0 });
    expect(await db.clips.count()).toBe(3);
    expect(await db.clips.get('local-1')).toMatchObject({ title: c1.title, updatedAt: c1.updatedAt });
    // replacing is the user's explicit choice: the backup's copy wins even where it is the older one
    expect(await db.clips.get('local-2')).toMatchObject({ title: c2.title, updatedAt: c2.updatedAt });
    expect((await db.clipBodies.get('local-2'))?.text).toBe(sample.bodies.find((b) => b.clipId === c2.id)!.text);
    expect(await db.clips.get(c1.id)).toBeUndefined();
    expect(await db.highlights.get(h.id)).toMatchObject({ note: h.note, clipId: 'local-1' });
    await expectConsistent(db);

    const before = await dump(db);
    const again = await importBundle(db, sample, { replace: true });
    expect(again.clips).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(again.highlights).toEqual({ added: 0, updated: 0, skipped: 7 });
    expect(await dump(db)).toBe(before);
  });

  it("the plan lists what would be added and replaced, with the library's titles, and writes nothing", async () => {
    const { sample, db, c2 } = await partLibrary();
    const before = await dump(db);
    const plan = await planImport(db, sample);
    expect(plan.added).toEqual([sample.clips[2]!.title]);
    expect(plan.replaced).toEqual([
      { title: 'local old', older: false },
      { title: 'local new', older: true },
    ]);
    expect(plan.unchanged).toBe(0);
    expect(plan.highlights).toEqual({ withNew: 1, withExisting: 6 });
    expect(plan.collections).toEqual([sample.collections[1]!.name]);
    expect(await dump(db)).toBe(before);
    // applying the plan takes its decisions again: a clip saved meanwhile is not overwritten without the opt-in
    await db.clips.add({ ...sample.clips[2]!, id: 'saved-meanwhile', title: 'mine now', highlightCount: 0 });
    const report = await applyImport(db, plan, { replace: false });
    expect(report.clips).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect((await db.clips.get('saved-meanwhile'))?.title).toBe('mine now');
    expect((await db.clips.get('local-2'))?.title).toBe('local new');
    expect(c2.title).not.toBe('local new');
  });

  it('a newer imported highlight replaces the local one only with the opt-in', async () => {
    const sample = fromBackupJson(SAMPLE);
    const db = freshDb();
    await importBundle(db, sample);
    const h = sample.highlights[2]!;
    const newer = { ...sample, highlights: [{ ...h, note: 'edited elsewhere', updatedAt: h.updatedAt + 1000 }] };
    expect((await importBundle(db, newer)).highlights).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await db.highlights.get(h.id))?.note).toBe(h.note);
    expect((await importBundle(db, newer, { replace: true })).highlights).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await db.highlights.get(h.id))?.note).toBe('edited elsewhere');
  });

  it('a backup highlight with the id of a highlight on another local clip gets a new id instead of taking it over', async () => {
    const sample = fromBackupJson(SAMPLE);
    const db = freshDb();
    await db.clips.add({
      ...sample.clips[0]!,
      id: 'mine',
      canonicalUrl: 'https://mine.example/',
      url: 'https://mine.example/',
      highlightCount: 1,
    });
    const h = sample.highlights.find((x) => x.clipId === 'clip-commentary')!;
    await db.highlights.add({ ...h, clipId: 'mine', note: 'my note', updatedAt: h.updatedAt - 1 });
    const report = await importBundle(db, { ...sample, highlights: [{ ...h, updatedAt: 4_000_000_000_000 }] }, { now: 5_000_000_000_000 });
    expect(report.highlights).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await db.highlights.get(h.id)).toMatchObject({ clipId: 'mine', note: 'my note' });
    const moved = await db.highlights.where('clipId').equals('clip-commentary').toArray();
    expect(moved).toHaveLength(1);
    expect(moved[0]!.id).not.toBe(h.id);
    // importing the same file again (with the opt-in, so its rows are looked at) does not copy it twice
    expect(
      (
        await importBundle(
          db,
          { ...sample, highlights: [{ ...h, updatedAt: 4_000_000_000_000 }] },
          { replace: true, now: 5_000_000_000_000 },
        )
      ).highlights,
    ).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await db.highlights.where('clipId').equals('clip-commentary').count()).toBe(1);
  });

  it('a local clip with the same id but another page is not overwritten: the import gets a new id', async () => {
    const sample = fromBackupJson(SAMPLE);
    const db = freshDb();
    const c = sample.clips[0]!;
    await db.clips.add({
      ...c,
      canonicalUrl: 'https://other.example/page',
      url: 'https://other.example/page',
      title: 'other',
      highlightCount: 0,
    });
    await importBundle(db, sample);
    expect((await db.clips.get(c.id))?.title).toBe('other');
    const moved = await db.clips.where('canonicalUrl').equals(c.canonicalUrl).first();
    expect(moved && moved.id !== c.id).toBe(true);
    expect(await db.highlights.where('clipId').equals(moved!.id).count()).toBe(sample.highlights.filter((h) => h.clipId === c.id).length);
  });
});
