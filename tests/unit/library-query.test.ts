import { describe, expect, it } from 'vitest';
import {
  addToCollection,
  createCollection,
  listSites,
  queryLibrary,
  type ClausemarkDB,
  type Clip,
  type LibraryFilter,
} from '../../utils/db';
import { clipRow, freshDb } from '../helpers/library';

const DAY = 86_400_000;
/** 30 clips: updatedAt day 1..30, three sites, every 3rd with highlights; c7 and c8 share a date. */
function sampleClips(): Clip[] {
  return Array.from({ length: 30 }, (_, i) =>
    clipRow(`c${String(i + 1).padStart(2, '0')}`, {
      updatedAt: (i === 7 ? 7 : i + 1) * DAY,
      siteName: ['中国政府网', '北京市人民政府', 'example.com'][i % 3]!,
      highlightCount: i % 3 === 0 ? 2 : 0,
    }),
  );
}

/** What queryLibrary must return, computed the slow obvious way. */
function expected(clips: Clip[], f: LibraryFilter, members?: string[]): Clip[] {
  return clips
    .filter(
      (c) =>
        (f.siteName === undefined || c.siteName === f.siteName) &&
        (f.from === undefined || c.updatedAt >= f.from) &&
        (f.to === undefined || c.updatedAt <= f.to) &&
        (f.hasHighlights === undefined || c.highlightCount > 0 === f.hasHighlights) &&
        (!members || members.includes(c.id)),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

async function setup(): Promise<{ db: ClausemarkDB; clips: Clip[]; col: string; members: string[] }> {
  const db = freshDb();
  const clips = sampleClips();
  await db.clips.bulkAdd(clips);
  const r = await createCollection(db, '专题');
  const col = r.ok ? r.value.id : '';
  const members = ['c02', 'c03', 'c07', 'c08', 'c09', 'c12', 'c21', 'c30'];
  await addToCollection(db, col, members);
  return { db, clips, col, members };
}

describe('queryLibrary', () => {
  it('without a filter: newest first, paged, total of all', async () => {
    const { db, clips } = await setup();
    const p1 = await queryLibrary(db, {}, { offset: 0, limit: 10 });
    expect(p1.total).toBe(30);
    expect(p1.clips.map((c) => c.id)).toEqual(
      expected(clips, {})
        .slice(0, 10)
        .map((c) => c.id),
    );
    const p3 = await queryLibrary(db, {}, { offset: 25, limit: 10 });
    expect(p3.clips.map((c) => c.id)).toEqual(
      expected(clips, {})
        .slice(25)
        .map((c) => c.id),
    );
  });

  const filters: [string, (col: string) => LibraryFilter][] = [
    ['site', () => ({ siteName: '北京市人民政府' })],
    ['date range (inclusive)', () => ({ from: 5 * DAY, to: 12 * DAY })],
    ['site + date', () => ({ siteName: '中国政府网', from: 10 * DAY })],
    ['has highlights', () => ({ hasHighlights: true })],
    ['no highlights + until', () => ({ hasHighlights: false, to: 20 * DAY })],
    ['collection', (col) => ({ collectionId: col })],
    ['collection + site + highlights', (col) => ({ collectionId: col, siteName: '中国政府网', hasHighlights: true })],
    ['collection + date', (col) => ({ collectionId: col, from: 3 * DAY, to: 9 * DAY })],
    ['nothing matches', () => ({ siteName: 'nowhere' })],
  ];
  for (const [name, make] of filters) {
    it(`filters: ${name}`, async () => {
      const { db, clips, col, members } = await setup();
      const f = make(col);
      const want = expected(clips, f, f.collectionId ? members : undefined);
      const all = await queryLibrary(db, f, { offset: 0, limit: 100 });
      expect(all.clips.map((c) => c.id)).toEqual(want.map((c) => c.id));
      expect(all.total).toBe(want.length);
      const page = await queryLibrary(db, f, { offset: 1, limit: 2 });
      expect(page.clips.map((c) => c.id)).toEqual(want.slice(1, 3).map((c) => c.id));
      expect(page.total).toBe(want.length);
    });
  }

  it('takes the key-walking path for many candidates and the in-memory one for few, with the same order', async () => {
    const db = freshDb();
    // 1,000 clips, all with highlights (many candidates), with equal dates in pairs to check tie order
    const clips = Array.from({ length: 1000 }, (_, i) =>
      clipRow(`k${i}`, { updatedAt: Math.floor(i / 2) * 1000, highlightCount: 1, siteName: i % 2 ? 'a' : 'b' }),
    );
    await db.clips.bulkAdd(clips);
    const f: LibraryFilter = { hasHighlights: true, siteName: 'a', from: 100_000 };
    const big = await queryLibrary(db, f, { offset: 5, limit: 20 });
    const want = expected(clips, f);
    expect(big.total).toBe(want.length);
    expect(big.clips.map((c) => c.id)).toEqual(want.slice(5, 25).map((c) => c.id));
    const r = await createCollection(db, 'few');
    const col = r.ok ? r.value.id : '';
    await addToCollection(
      db,
      col,
      clips.slice(0, 50).map((c) => c.id),
    );
    const few = await queryLibrary(db, { collectionId: col, hasHighlights: true }, { offset: 0, limit: 100 });
    expect(few.clips.map((c) => c.id)).toEqual(expected(clips.slice(0, 50), {}).map((c) => c.id));
  });

  it('is fast with 10,000 clips (pages only the rows it shows)', async () => {
    const db = freshDb();
    const clips = Array.from({ length: 10_000 }, (_, i) =>
      clipRow(`n${i}`, {
        updatedAt: i * 1000,
        siteName: `site${i % 40}`,
        highlightCount: i % 4 === 0 ? 3 : 0,
        excerpt: '摘要'.repeat(100),
      }),
    );
    await db.clips.bulkAdd(clips);
    const t0 = performance.now();
    const plain = await queryLibrary(db, {}, { offset: 0, limit: 50 });
    const filtered = await queryLibrary(db, { hasHighlights: true, from: 2_000_000 }, { offset: 0, limit: 50 });
    const site = await queryLibrary(db, { siteName: 'site7' }, { offset: 50, limit: 50 });
    const ms = performance.now() - t0;
    expect(plain.total).toBe(10_000);
    expect(plain.clips[0]!.id).toBe('n9999');
    expect(filtered.total).toBe(clips.filter((c) => c.highlightCount > 0 && c.updatedAt >= 2_000_000).length);
    expect(site.total).toBe(250);
    // fake-indexeddb in Node is far slower than Chromium; this only guards against reading every row (a hang guard with
    // a wide margin for loaded machines; the library's speed is measured by npm run bench -- --only library)
    expect(ms).toBeLessThan(10_000);
  });
});

describe('listSites', () => {
  it('counts clips per site, most first', async () => {
    const db = freshDb();
    await db.clips.bulkAdd([
      clipRow('a', { siteName: 'x' }),
      clipRow('b', { siteName: '北京' }),
      clipRow('c', { siteName: '北京' }),
      clipRow('d', { siteName: 'a' }),
    ]);
    expect(await listSites(db)).toEqual([
      { siteName: '北京', count: 2 },
      { siteName: 'a', count: 1 },
      { siteName: 'x', count: 1 },
    ]);
  });
});
