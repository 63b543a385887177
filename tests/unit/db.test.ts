import { afterEach, describe, expect, it } from 'vitest';
import { ClausemarkDB, clipForUrl, listClips, saveClip } from '../../utils/db';
import { makePage } from '../helpers/page';

let n = 0;
const dbs: ClausemarkDB[] = [];
function freshDb(): ClausemarkDB {
  const db = new ClausemarkDB(`test-db-${Date.now()}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('saveClip', () => {
  it('stores metadata and body in separate tables', async () => {
    const db = freshDb();
    const { clip, created } = await saveClip(db, makePage(), 1000);
    expect(created).toBe(true);
    expect(clip).toMatchObject({ title: '国务院关于某事项的通知', savedAt: 1000, updatedAt: 1000, charCount: 21 });
    expect(clip).not.toHaveProperty('html');
    const body = await db.clipBodies.get(clip.id);
    expect(body?.html).toContain('一、总体要求');
  });

  it('updates the clip with the same canonical URL instead of adding one, keeping its id and highlights', async () => {
    const db = freshDb();
    const first = await saveClip(db, makePage(), 1000);
    await db.highlights.add({
      id: 'h1',
      clipId: first.clip.id,
      url: first.clip.url,
      color: 'yellow',
      note: '',
      createdAt: 1,
      updatedAt: 1,
      selectors: { quote: '总体要求', prefix: '', suffix: '', start: 0, end: 4, outlinePath: [] },
    });
    const again = await saveClip(db, makePage({ title: '新标题', text: '新正文内容', url: first.clip.url + '?from=x' }), 2000);
    expect(again.created).toBe(false);
    expect(again.clip.id).toBe(first.clip.id);
    expect(again.clip.savedAt).toBe(1000);
    expect(again.clip.updatedAt).toBe(2000);
    expect(first.clip.highlightCount).toBe(0);
    expect(again.clip.highlightCount).toBe(1); // re-clipping keeps the count of the highlights it keeps
    expect(await db.clips.count()).toBe(1);
    expect((await db.clipBodies.get(first.clip.id))?.text).toBe('新正文内容');
    expect(await db.highlights.where('clipId').equals(first.clip.id).count()).toBe(1);
  });

  it('clipping the same page twice at once yields one clip; ten pages at once yield ten', async () => {
    const db = freshDb();
    await Promise.all([saveClip(db, makePage()), saveClip(db, makePage())]);
    expect(await db.clips.count()).toBe(1);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => saveClip(db, makePage({ url: `https://a.cn/${i}`, canonicalUrl: `https://a.cn/${i}` }))),
    );
    expect(await db.clips.count()).toBe(11);
    expect(await db.clipBodies.count()).toBe(11);
  });

  it('leaves the database unchanged when the body cannot be written', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/keep', canonicalUrl: 'https://a.cn/keep' }));
    const bad = makePage({ url: 'https://a.cn/new', canonicalUrl: 'https://a.cn/new' });
    // A function cannot be stored in IndexedDB: the second write of the transaction fails.
    (bad as unknown as { outline: unknown }).outline = [() => 1];
    await expect(saveClip(db, bad)).rejects.toThrow();
    expect(await db.clips.count()).toBe(1);
    expect(await db.clips.where('canonicalUrl').equals('https://a.cn/new').count()).toBe(0);
  });
});

describe('queries', () => {
  it('lists newest clips first and finds a clip by its page URL', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/1', canonicalUrl: 'https://a.cn/1', title: 'one' }), 1);
    await saveClip(db, makePage({ url: 'https://a.cn/2', canonicalUrl: 'https://a.cn/2', title: 'two' }), 2);
    await saveClip(db, makePage({ url: 'https://a.cn/1', canonicalUrl: 'https://a.cn/1', title: 'one again' }), 3);
    expect((await listClips(db)).map((c) => c.title)).toEqual(['one again', 'two']);
    expect((await clipForUrl(db, 'https://a.cn/2#x'))?.title).toBe('two');
    expect(await clipForUrl(db, 'https://a.cn/3')).toBeUndefined();
  });
});
