import { afterEach, describe, expect, it, vi } from 'vitest';
import { clipTab } from '../../utils/clipper/clip-tab';
import {
  deleteHighlight,
  ensurePageClip,
  pageHighlights,
  saveHighlight,
  updateHighlight,
  type HighlightDeps,
} from '../../utils/clipper/highlights';
import { ClausemarkDB, saveClip } from '../../utils/db';
import type { Result } from '../../utils/result';
import type { ClipMode, OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const URL_A = 'https://www.gov.cn/zhengce/content/2019-01/01/content_1.htm';
const outline: OutlineEntry[] = [{ level: 1, label: '一、', title: '总体要求', preview: '', anchor: 'h1' }];
const selectors = { quote: '总体要求', prefix: '政府：\n一、', suffix: '', start: 18, end: 22, outlinePath: ['一、总体要求'] };

function deps(page = makePage({ outline }), clipResult?: (mode: ClipMode) => Result<never> | undefined) {
  const db = new ClausemarkDB(`hl-${Math.random()}`);
  dbs.push(db);
  let t = 1000;
  const clip = vi.fn(
    async (tabId: number, mode: ClipMode) =>
      clipResult?.(mode) ??
      clipTab({ db, getTabUrl: async () => page.url, inject: async () => ({ ok: true, value: { ...page, mode } }) }, tabId, mode),
  );
  const d: HighlightDeps = { db, clip, now: () => t++ };
  return { d, db, clip };
}

describe('highlight use cases', () => {
  it('clips the page first when it is not clipped, then saves the highlight to that clip', async () => {
    const { d, db, clip } = deps();
    expect(await pageHighlights(db, URL_A)).toEqual({ ok: true, value: { clipId: null, outline: [], highlights: [] } });
    const r = await saveHighlight(d, 4, URL_A, { selectors, color: 'yellow', note: '要点' });
    expect(r.ok).toBe(true);
    expect(clip).toHaveBeenCalledTimes(1);
    const clips = await db.clips.toArray();
    expect(clips).toHaveLength(1);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ clipId: clips[0]!.id, url: URL_A, color: 'yellow', note: '要点', selectors });
    // A second highlight reuses the clip.
    await saveHighlight(d, 4, URL_A, { selectors: { ...selectors, quote: '政府' }, color: 'blue', note: '' });
    expect(clip).toHaveBeenCalledTimes(1);
    const page = await pageHighlights(db, URL_A);
    expect(page).toMatchObject({ ok: true, value: { clipId: clips[0]!.id, outline } });
    if (page.ok) expect(page.value.highlights.map((h) => h.color)).toEqual(['yellow', 'blue']); // oldest first
    expect((await db.clips.get(clips[0]!.id))?.highlightCount).toBe(2);
  });

  it('clips the whole text when no article is found, and passes on other failures without saving', async () => {
    const { d, clip } = deps(makePage(), (mode) =>
      mode === 'allposts' ? { ok: false, error: { code: 'no-article', message: 'No article' } } : undefined,
    );
    expect(await ensurePageClip(d, 4, URL_A)).toMatchObject({ ok: true });
    expect(clip.mock.calls.map((c) => c[1])).toEqual(['allposts', 'fulltext']);

    const refused = deps(makePage(), () => ({ ok: false, error: { code: 'not-injectable', message: 'Browser pages cannot be clipped.' } }));
    expect(await saveHighlight(refused.d, 4, URL_A, { selectors, color: 'yellow', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'not-injectable' },
    });
    expect(await refused.db.highlights.count()).toBe(0);
  });

  it('updates colour and note, and deletes, only from a page of the same clip', async () => {
    const { d, db } = deps();
    const r = await saveHighlight(d, 4, URL_A, { selectors, color: 'yellow', note: '' });
    if (!r.ok) throw new Error('not saved');
    const id = r.value.id;
    const u = await updateHighlight(d, URL_A + '#frag', { id, color: 'pink', note: '再看' });
    expect(u).toMatchObject({ ok: true, value: { color: 'pink', note: '再看', createdAt: r.value.createdAt } });
    if (u.ok) expect(u.value.updatedAt).toBeGreaterThan(r.value.updatedAt);
    const other = 'https://evil.example/page';
    await saveClip(db, makePage({ url: other, canonicalUrl: other }));
    expect(await updateHighlight(d, other, { id, note: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await deleteHighlight(d, other, { id })).toEqual({ ok: true, value: { deleted: false } });
    expect(await db.highlights.count()).toBe(1);
    const clipId = r.value.clipId;
    expect((await db.clips.get(clipId))?.highlightCount).toBe(1);
    expect(await deleteHighlight(d, URL_A, { id })).toEqual({ ok: true, value: { deleted: true } });
    expect(await db.highlights.count()).toBe(0);
    expect((await db.clips.get(clipId))?.highlightCount).toBe(0);
  });

  it("lists only the page's own highlights", async () => {
    const { d, db } = deps();
    await saveHighlight(d, 4, URL_A, { selectors, color: 'yellow', note: '' });
    const other = 'https://www.gov.cn/b.htm';
    const { clip } = await saveClip(db, makePage({ url: other, canonicalUrl: other }));
    await db.highlights.add({ id: 'x', clipId: clip.id, url: other, selectors, color: 'green', note: '', createdAt: 1, updatedAt: 1 });
    const a = await pageHighlights(db, URL_A);
    const b = await pageHighlights(db, other);
    expect(a.ok && a.value.highlights.map((h) => h.color)).toEqual(['yellow']);
    expect(b.ok && b.value.highlights.map((h) => h.id)).toEqual(['x']);
  });
});

describe('a page on another site', () => {
  it('cannot take over a clip by declaring its canonical URL, nor be served its highlights and notes', async () => {
    const { d, db } = deps();
    const mine = await saveHighlight(d, 4, URL_A, { selectors, color: 'yellow', note: '只给我看的批注' });
    if (!mine.ok) throw new Error('not saved');
    const victim = (await db.clips.get(mine.value.clipId))!;
    const evil = 'https://attacker.example/copy.html';
    // The attacker's page declares the victim's address as its canonical URL and gets clipped.
    const { clip } = await saveClip(db, makePage({ url: evil, canonicalUrl: URL_A, title: '冒充' }));
    expect(clip.id).not.toBe(victim.id);
    expect(await db.clips.get(victim.id)).toEqual(victim);
    expect((await db.clipBodies.get(victim.id))?.html).not.toContain('冒充');
    const served = await pageHighlights(db, evil);
    expect(served.ok && served.value.highlights).toEqual([]);
    expect(await updateHighlight(d, evil, { id: mine.value.id, note: 'x' })).toMatchObject({ ok: false });
  });

  it('is not served a clip whose canonical URL is its address but whose page is on another site', async () => {
    const { db } = deps();
    // as an older version, or an imported backup, could have stored it
    const { clip } = await saveClip(db, makePage({ url: URL_A, canonicalUrl: URL_A }));
    await db.clips.update(clip.id, { canonicalUrl: 'https://attacker.example/copy.html' });
    await db.highlights.add({ id: 'n', clipId: clip.id, url: URL_A, selectors, color: 'green', note: '秘密', createdAt: 1, updatedAt: 1 });
    const served = await pageHighlights(db, 'https://attacker.example/copy.html');
    expect(served.ok && served.value).toMatchObject({ clipId: null, highlights: [] });
    // and clipping the attacker's page makes a clip of its own instead of merging into that one
    const again = await saveClip(
      db,
      makePage({ url: 'https://attacker.example/copy.html', canonicalUrl: 'https://attacker.example/copy.html' }),
    );
    expect(again.clip.id).not.toBe(clip.id);
    expect((await db.clips.get(clip.id))?.url).toBe(URL_A);
  });
});
