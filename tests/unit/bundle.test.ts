import { afterEach, describe, expect, it } from 'vitest';
import { gatherBundle, importBackupText, importBundle } from '../../utils/db';
import { fromBackupJson, toBackupJson } from '../../utils/export/index';
import { dump, SAMPLE, sorted } from '../helpers/backup-db';
import { deleteDbs, trackedDb } from '../helpers/db';

const freshDb = () => trackedDb('bundle');
afterEach(deleteDbs);

describe('gatherBundle / importBundle round trip', () => {
  it('sample → import → gather → JSON → fresh db → gather is the same bundle', async () => {
    const sample = fromBackupJson(SAMPLE);
    const a = freshDb();
    const report = await importBundle(a, sample);
    expect(report.clips).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(report.highlights).toEqual({ added: 7, updated: 0, skipped: 0 });
    expect(report.collections).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(report.memberships.added).toBe(4);
    expect(report.settings.added).toBe(1);
    const gathered = await gatherBundle(a);
    // a backup carries no highlight counts; the import computes them
    const { clips: gatheredClips, ...rest } = sorted(gathered);
    const { clips: sampleClips, ...sampleRest } = sorted(sample);
    expect(rest).toEqual(sampleRest);
    expect(gatheredClips).toEqual(
      sampleClips.map((c) => ({ ...c, highlightCount: sample.highlights.filter((h) => h.clipId === c.id).length })),
    );
    expect(gatheredClips.some((c) => c.highlightCount! > 0)).toBe(true);

    const b = freshDb();
    await importBundle(b, fromBackupJson(toBackupJson(gathered)));
    expect(sorted(await gatherBundle(b))).toEqual(sorted(gathered));
    expect(await dump(b)).toBe(await dump(a));
  });

  it('gathers one collection or chosen clips with their highlights, memberships and collections, without settings', async () => {
    const db = freshDb();
    const sample = fromBackupJson(SAMPLE);
    await importBundle(db, sample);
    const col = sample.collections[0]!;
    const members = sample.memberships.filter((m) => m.collectionId === col.id).map((m) => m.clipId);
    const part = await gatherBundle(db, { collectionId: col.id });
    expect(part.clips.map((c) => c.id).sort()).toEqual([...members].sort());
    expect(part.bodies).toHaveLength(members.length);
    expect(part.highlights.every((h) => members.includes(h.clipId))).toBe(true);
    expect(part.highlights).toHaveLength(sample.highlights.filter((h) => members.includes(h.clipId)).length);
    expect(part.settings).toEqual([]);
    expect(part.collections.map((c) => c.id)).toContain(col.id);
    // what it gathered is a valid backup on its own (no dangling references)
    expect(() => fromBackupJson(toBackupJson(part))).not.toThrow();

    const one = await gatherBundle(db, { clipIds: ['clip-commentary', 'no-such-clip'] });
    expect(one.clips.map((c) => c.id)).toEqual(['clip-commentary']);
    expect(one.highlights.every((h) => h.clipId === 'clip-commentary')).toBe(true);
    expect((await gatherBundle(db, { clipIds: [] })).clips).toEqual([]);
  });
});

describe('failures leave the database unchanged', () => {
  it('a write that fails on the 3rd clip rolls back the whole import', async () => {
    const db = freshDb();
    await db.clips.add({
      ...fromBackupJson(SAMPLE).clips[0]!,
      id: 'keep',
      canonicalUrl: 'https://keep.example/',
      title: 'keep',
      highlightCount: 0,
    });
    await db.settings.add({ key: 'x', value: 1 });
    const before = await dump(db);
    let n = 0;
    db.clips.hook('creating', () => {
      if (++n % 3 === 0) throw new Error('disk full (simulated)');
    });
    await expect(importBundle(db, fromBackupJson(SAMPLE))).rejects.toThrow(/disk full/);
    expect(n).toBe(3);
    expect(await dump(db)).toBe(before);
    const outcome = await importBackupText(db, SAMPLE);
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.message).toMatch(/import failed: .*disk full.*Nothing was changed/);
    expect(await dump(db)).toBe(before);
  });

  it('broken files are refused before any write', async () => {
    const db = freshDb();
    await importBundle(db, fromBackupJson(SAMPLE));
    const before = await dump(db);
    const wrongType = JSON.parse(SAMPLE);
    wrongType.clips[1].title = 42;
    const wrongVersion = { ...JSON.parse(SAMPLE), version: 2 };
    const garbage = 'x'.repeat(50 * 1024 * 1024);
    const cases: [string, RegExp][] = [
      [SAMPLE.slice(0, SAMPLE.length - 200), /incomplete \(truncated\)/],
      [JSON.stringify(wrongVersion), /newer Clausemark/],
      [JSON.stringify(wrongType), /clips\[1\]\.title: expected a string/],
      [garbage, /not a Clausemark backup/],
      [`{${garbage}}`, /not valid JSON/],
      ['', /empty/],
    ];
    for (const [text, message] of cases) {
      const outcome = await importBackupText(db, text);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.message).toMatch(message);
      expect(!outcome.ok && outcome.message).toMatch(/^This file cannot be imported: .*Nothing was changed\.$/s);
    }
    expect(await dump(db)).toBe(before);
  });
});
