import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addToCollection,
  createCollection,
  deleteClips,
  importBundle,
  insertHighlight,
  LibrarySearch,
  patchHighlight,
  removeHighlight,
  saveClip,
  type ClausemarkDB,
  type LibraryFilter,
} from '../../utils/db';
import { changedBy } from '../../utils/db/search/sync';
import type { SearchPage } from '../../utils/model';
import { makePage } from '../helpers/page';
import { addClips, clipRow, freshDb, highlightRow } from '../helpers/library';

const services: LibrarySearch[] = [];
afterEach(() => services.splice(0).forEach((s) => s.dispose()));
const service = (db: ClausemarkDB, listen = true) => {
  const s = new LibrarySearch(db, { listen, chunk: 3 });
  services.push(s);
  return s;
};
const ids = (p: SearchPage) => p.hits.map((h) => h.clip.id);
const find = (s: LibrarySearch, query: string, filter: LibraryFilter = {}, offset = 0, limit = 20) =>
  s.search({ query, filter, offset, limit });

async function library(): Promise<ClausemarkDB> {
  const db = freshDb('search');
  await addClips(
    db,
    [
      clipRow('a', { title: '数字经济发展规划', updatedAt: 5, siteName: '中国政府网' }),
      clipRow('b', { title: '关于促进经济增长的通知', updatedAt: 4, siteName: '北京市人民政府' }),
      clipRow('c', { title: 'Data Security Law', updatedAt: 3, siteName: 'npc.gov.cn', lang: 'en' }),
      clipRow('d', { title: '统计公报', updatedAt: 2, siteName: '中国政府网' }),
    ],
    {
      a: '加快发展数字经济，推进数字产业化。',
      b: '推动数字化转型，促进经济持续增长。',
      c: 'The State Council shall protect data.',
      d: '全年国内生产总值增长。',
    },
  );
  return db;
}

describe('LibrarySearch', () => {
  for (const listen of [true, false]) {
    const how = listen ? 'storagemutated events' : 'the staleness check alone';
    it(`stays right after a save, a note edit and a delete (${how})`, async () => {
      const db = await library();
      const s = service(db, listen);
      expect(ids(await find(s, '数字经济'))).toEqual(['a', 'b']); // phrase first
      expect(s.size).toBe(4);

      const { clip } = await saveClip(db, makePage({ title: '新能源汽车产业规划', text: '数字经济与新能源汽车融合。' }), 10);
      expect(ids(await find(s, '数字经济'))).toEqual(['a', clip.id, 'b']); // a has the phrase in its title too
      expect(ids(await find(s, '新能源'))).toEqual([clip.id]);

      await insertHighlight(db, highlightRow('h1', 'd', { note: '重要：碳达峰' }));
      const hit = await find(s, '碳达峰');
      expect(ids(hit)).toEqual(['d']);
      expect(hit.hits[0]!.clip.highlightCount).toBe(1);
      expect(hit.hits[0]!.snippets[0]).toMatchObject({ field: 'note', text: '重要：碳达峰' });
      await patchHighlight(db, 'h1', { note: '改为：碳中和' }, 20);
      expect(ids(await find(s, '碳达峰'))).toEqual([]);
      expect(ids(await find(s, '碳中和'))).toEqual(['d']);
      await removeHighlight(db, 'h1');
      expect(ids(await find(s, '碳中和'))).toEqual([]);

      expect(await deleteClips(db, ['a', clip.id])).toBe(2);
      expect(ids(await find(s, '数字经济'))).toEqual(['b']);
      expect(s.size).toBe(3);
    });
  }

  it('events catch what the staleness check cannot see (a note edit that keeps the newest updatedAt)', async () => {
    const db = await library();
    await insertHighlight(db, highlightRow('h1', 'd', { note: '旧批注', updatedAt: 50 }));
    const quiet = service(db, false);
    const live = service(db, true);
    expect(ids(await find(live, '旧批注'))).toEqual(['d']);
    expect(ids(await find(quiet, '旧批注'))).toEqual(['d']);
    await patchHighlight(db, 'h1', { note: '新批注' }, 50);
    expect(ids(await find(live, '新批注'))).toEqual(['d']);
    expect(ids(await find(quiet, '新批注'))).toEqual([]); // same counts, same newest stamp: only an event tells
  });

  it('while following events, runs the staleness check at most once per recheckMs, and then catches a missed change', async () => {
    const db = await library();
    let t = 0;
    const s = new LibrarySearch(db, { chunk: 3, recheckMs: 1000, now: () => t });
    services.push(s);
    expect(ids(await find(s, '统计公报'))).toEqual(['d']);
    s.dispose(); // from here on no event arrives: as if one had been lost
    await deleteClips(db, ['d']);
    t = 500;
    expect(ids(await find(s, '统计公报'))).toEqual(['d']); // within the window: memory is trusted
    t = 1600;
    expect(ids(await find(s, '统计公报'))).toEqual([]); // the check runs again and finds the deletion
    expect(s.size).toBe(3);
  });

  it('follows a large import (a range event, not a key list)', async () => {
    const db = await library();
    const s = service(db);
    await find(s, '经济');
    const clips = Array.from({ length: 60 }, (_, i) => clipRow(`imp${i}`, { title: `导入文件${i} 知识产权`, updatedAt: 100 + i }));
    await importBundle(db, {
      clips,
      bodies: clips.map((c) => ({ clipId: c.id, html: '', text: '正文', outline: [] })),
      highlights: [],
      collections: [],
      memberships: [],
      settings: [],
    });
    const r = await find(s, '知识产权', {}, 0, 5);
    expect(r.total).toBe(60);
    expect(ids(r)).toEqual(['imp59', 'imp58', 'imp57', 'imp56', 'imp55']);
  });

  it('applies the library filters to matches, and pages with the full total', async () => {
    const db = await library();
    const s = service(db);
    const r = await createCollection(db, '专题');
    const col = r.ok ? r.value.id : '';
    await addToCollection(db, col, ['b', 'c']);
    await insertHighlight(db, highlightRow('h', 'a'));
    expect(ids(await find(s, '经济', { siteName: '中国政府网' }))).toEqual(['a']);
    expect(ids(await find(s, '经济', { collectionId: col }))).toEqual(['b']);
    expect(ids(await find(s, '经济', { hasHighlights: true }))).toEqual(['a']);
    expect(ids(await find(s, '经济', { hasHighlights: false }))).toEqual(['b']);
    expect(ids(await find(s, '经济', { from: 5, to: 5 }))).toEqual(['a']);
    const page = await find(s, '经济', {}, 1, 1);
    expect(page.total).toBe(2);
    expect(ids(page)).toEqual(['b']);
    expect((await find(s, '   ')).total).toBe(0);
    const en = await find(s, 'state council');
    expect(ids(en)).toEqual(['c']);
    expect(en.hits[0]!.snippets[0]).toEqual({ field: 'text', text: 'The State Council shall protect data.', marks: [[4, 17]] });
    expect(en.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('answers every match id, best first, when asked (the library page), and only the page as hits', async () => {
    const db = await library();
    const s = service(db);
    const page = await s.search({ query: '经济', filter: {}, offset: 0, limit: 1, ids: true });
    expect(page.ids).toEqual(['a', 'b']);
    expect(page.hits).toHaveLength(1);
    expect((await find(s, '经济')).ids).toBeUndefined();
  });

  it('reads events forwarded from another context (structured-cloned, without RangeSet prototypes)', async () => {
    const db = await library();
    let seen: ObservabilitySet | undefined;
    const spy = (parts: ObservabilitySet) => void (seen ??= parts);
    Dexie.on('storagemutated', spy);
    await insertHighlight(db, highlightRow('hx', 'b'));
    Dexie.on.storagemutated.unsubscribe(spy);
    const cloned = structuredClone(seen!);
    const c = changedBy(cloned, db.name);
    expect(c).not.toBeNull();
    expect(c!.highlights).toEqual(new Set(['hx']));
    expect(c!.clips).toEqual(new Set(['b'])); // the highlightCount update
    expect(changedBy(cloned, 'another-db')).toBeNull();
  });
});
