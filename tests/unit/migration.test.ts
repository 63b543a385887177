/**
 * Schema v1 → v2 on a realistic library: every row of every table survives unchanged, and the new
 * clips.highlightCount is computed from the highlights table.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClausemarkDB, listCollections, queryLibrary, type Clip, type Highlight, type Membership } from '../../utils/db';
import { clipRow, highlightRow } from '../helpers/library';

/** Today's v1 declaration, copied: the database as v1 of the extension left it. */
function openV1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    clips: 'id, &canonicalUrl, url, updatedAt, savedAt, siteName',
    clipBodies: 'clipId',
    highlights: 'id, clipId, [clipId+createdAt], url',
    collections: 'id, &name, createdAt',
    memberships: '[collectionId+clipId], clipId, collectionId',
    settings: 'key',
  });
  return db;
}

/** Deterministic pseudo-random numbers (the test must be the same every run). */
function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('schema v1 → v2', () => {
  it('keeps every row of every table and computes highlightCount', async () => {
    const name = `migration-${Math.random()}`;
    const r = rng(7);
    // v1 clips have no highlightCount
    const clips = Array.from({ length: 3000 }, (_, i) => {
      const { highlightCount: _drop, ...v1 } = clipRow(`clip-${i}`, {
        title: `关于第${i}号事项的通知`,
        siteName: `site-${i % 17}`,
        updatedAt: 1_700_000_000_000 + i * 1000,
        savedAt: 1_690_000_000_000 + i,
        policy: {
          issuer: '国务院',
          docNumber: `国发〔2024〕${i}号`,
          indexNumber: '',
          subject: '',
          writtenDate: '',
          publishDate: '2024-01-02',
          source: '',
          author: '',
        },
      });
      return v1;
    });
    const bodies = clips.map((c, i) => ({
      clipId: c.id,
      html: `<p>正文 ${i}</p>`,
      text: `正文 ${i} `.repeat(20),
      outline: [{ level: 1, label: '一、', title: '总则', preview: '', anchor: `h${i}` }],
    }));
    const highlights: Highlight[] = Array.from({ length: 12_000 }, (_, i) =>
      // skewed: many clips have none, some have many
      highlightRow(`hl-${i}`, `clip-${Math.floor(r() ** 2 * 3000)}`, { note: i % 5 ? '' : `批注 ${i}`, createdAt: i, updatedAt: i + 1 }),
    );
    const collections = Array.from({ length: 20 }, (_, i) => ({ id: `col-${i}`, name: `专题 ${i}`, createdAt: i }));
    const seen = new Set<string>();
    const memberships: Membership[] = [];
    while (memberships.length < 5000) {
      const m = { collectionId: `col-${Math.floor(r() * 20)}`, clipId: `clip-${Math.floor(r() * 3000)}`, addedAt: memberships.length };
      if (!seen.has(`${m.collectionId}/${m.clipId}`)) (seen.add(`${m.collectionId}/${m.clipId}`), memberships.push(m));
    }
    const settings = [
      { key: 'highlightColor', value: 'green' },
      { key: 'autoShow', value: { origins: ['https://www.gov.cn/*'] } },
    ];

    const v1 = openV1(name);
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('clips').bulkAdd(clips);
      await v1.table('clipBodies').bulkAdd(bodies);
      await v1.table('highlights').bulkAdd(highlights);
      await v1.table('collections').bulkAdd(collections);
      await v1.table('memberships').bulkAdd(memberships);
      await v1.table('settings').bulkAdd(settings);
    });
    v1.close();

    const db = new ClausemarkDB(name);
    try {
      await db.open();
      expect(db.verno).toBe(4);
      const counts = new Map<string, number>();
      for (const h of highlights) counts.set(h.clipId, (counts.get(h.clipId) ?? 0) + 1);
      const byId = <T extends object>(rows: T[], key: (t: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));

      const after: Clip[] = await db.clips.toArray();
      expect(after).toHaveLength(3000);
      expect(byId(after, (c) => c.id)).toEqual(byId(clips, (c) => c.id).map((c) => ({ ...c, highlightCount: counts.get(c.id) ?? 0 })));
      expect(after.filter((c) => c.highlightCount === 0).length).toBeGreaterThan(100); // the data has both kinds
      expect(byId(await db.clipBodies.toArray(), (b) => b.clipId)).toEqual(byId(bodies, (b) => b.clipId));
      expect(byId(await db.highlights.toArray(), (h) => h.id)).toEqual(byId(highlights, (h) => h.id));
      // v3 gives every collection an empty description
      expect(byId(await db.collections.toArray(), (c) => c.id)).toEqual(
        byId(collections, (c) => c.id).map((c) => ({ ...c, description: '' })),
      );
      const mKey = (m: Membership) => `${m.collectionId}/${m.clipId}`;
      expect(byId(await db.memberships.toArray(), mKey)).toEqual(byId(memberships, mKey));
      expect(byId(await db.settings.toArray(), (s) => s.key)).toEqual(byId(settings, (s) => s.key));

      // the new indexes answer
      const withHl = await queryLibrary(db, { hasHighlights: true }, { offset: 0, limit: 10 });
      expect(withHl.total).toBe(counts.size);
      const site = await queryLibrary(db, { siteName: 'site-3', hasHighlights: false }, { offset: 0, limit: 5 });
      expect(site.total).toBe(clips.filter((c) => c.siteName === 'site-3' && !counts.has(c.id)).length);
      expect((await listCollections(db)).reduce((n, c) => n + c.count, 0)).toBe(5000);
      expect(await db.highlights.orderBy('updatedAt').lastKey()).toBe(12_000);
    } finally {
      await db.delete();
    }
  });
});
