import { afterEach, describe, expect, it } from 'vitest';
import { ClausemarkDB } from '../../utils/db';
import { clipTab, runInTab, type ClipDeps } from '../../utils/clipper/clip-tab';
import { DEFAULT_MAX_CHARS } from '../../utils/extract/size-cap';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function deps(over: Partial<ClipDeps> & { url?: string } = {}): ClipDeps {
  const db = new ClausemarkDB(`clip-tab-${Math.random()}`);
  dbs.push(db);
  return {
    db,
    getTabUrl: async () => over.url ?? 'https://www.gov.cn/a.htm',
    inject: async () => ({ ok: true, value: makePage() }),
    ...over,
  };
}

describe('clipTab', () => {
  it('saves what the page returns', async () => {
    const d = deps();
    const r = await clipTab(d, 1, 'article');
    expect(r).toMatchObject({ ok: true, value: { created: true, title: '国务院关于某事项的通知' } });
    expect(await d.db.clips.count()).toBe(1);
  });

  it('asks the page for every post when told to, and reports posts an article clip left out', async () => {
    const asked: string[] = [];
    const d = deps({
      inject: async (_tab, mode) => (asked.push(mode), { ok: true, value: makePage({ postsLeftOut: mode === 'allposts' ? 0 : 4 }) }),
    });
    expect(await clipTab(d, 1, 'article')).toMatchObject({ ok: true, value: { created: true, postsLeftOut: 4 } });
    expect(await clipTab(d, 1, 'allposts')).toMatchObject({ ok: true, value: { created: false, postsLeftOut: 0, mode: 'article' } });
    expect(asked).toEqual(['article', 'allposts']);
  });

  it('keeps every post when clipping again a page whose clip has highlights', async () => {
    const asked: string[] = [];
    const d = deps({
      inject: async (_tab, mode) => (asked.push(mode), { ok: true, value: makePage({ url: 'https://www.gov.cn/a.htm' }) }),
    });
    const first = await clipTab(d, 1, 'article');
    await clipTab(d, 1, 'article');
    if (first.ok) await d.db.clips.update(first.value.clipId, { highlightCount: 2 });
    await clipTab(d, 1, 'article');
    await clipTab(d, 1, 'fulltext');
    expect(asked).toEqual(['article', 'article', 'allposts', 'fulltext']);
  });

  it('refuses browser pages without trying to inject', async () => {
    let injected = false;
    const d = deps({ url: 'chrome://extensions', inject: async () => ((injected = true), null) });
    const r = await clipTab(d, 1, 'article');
    expect(r).toMatchObject({ ok: false, error: { code: 'not-injectable' } });
    expect(injected).toBe(false);
  });

  it('explains a refused injection on a file:// page', async () => {
    const d = deps({
      url: 'file:///home/me/a.html',
      inject: async () => {
        throw new Error(
          'Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.',
        );
      },
    });
    const r = await clipTab(d, 1, 'article');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Allow access to file URLs/);
  });

  it('explains a refused injection into a browser page whose URL was hidden', async () => {
    const d = deps({
      url: '',
      inject: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    const r = await clipTab(d, 1, 'article');
    expect(r).toMatchObject({ ok: false, error: { code: 'not-injectable' } });
    if (!r.ok) expect(r.error.message).toMatch(/Browser pages/);
  });

  it('passes on "no article" so the popup can offer the full text', async () => {
    const d = deps({ inject: async () => ({ ok: false, error: { code: 'no-article', message: 'No article was found' } }) });
    expect(await clipTab(d, 1, 'article')).toMatchObject({ ok: false, error: { code: 'no-article' } });
  });

  it('rejects a malformed reply from the page', async () => {
    const d = deps({ inject: async () => ({ ok: true, value: { url: 1 } }) });
    expect(await clipTab(d, 1, 'article')).toMatchObject({ ok: false, error: { code: 'injection-failed' } });
    expect(await d.db.clips.count()).toBe(0);
  });

  it('reports a full disk and saves nothing', async () => {
    const d = deps();
    d.db.clipBodies.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await clipTab(d, 1, 'article');
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    if (!r.ok) expect(r.error.message).toMatch(/nothing was saved/);
    expect(await d.db.clips.count()).toBe(0);
  });

  it('stores at most the size cap of what a page sends, marks the clip truncated and says so', async () => {
    const huge = 'x'.repeat(DEFAULT_MAX_CHARS + 10);
    const d = deps({ inject: async () => ({ ok: true, value: makePage({ text: huge, html: `<p>${huge}</p>` }) }) });
    const r = await clipTab(d, 1, 'article');
    expect(r).toMatchObject({ ok: true, value: { truncated: true } });
    const clip = (await d.db.clips.toArray())[0]!;
    expect(clip.truncated).toBe(true);
    const body = await d.db.clipBodies.get(clip.id);
    expect(body!.text.length).toBe(DEFAULT_MAX_CHARS + 1);
  });

  it('gives up on a page that does not answer in time, with a clear error', async () => {
    const never = () => new Promise<unknown>(() => {});
    const r = await runInTab(async () => 'https://www.gov.cn/a.htm', 1, never, 30);
    expect(r).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringMatching(/took more than/) } });
    expect(
      await runInTab(
        async () => 'https://www.gov.cn/a.htm',
        1,
        async () => 7,
        30,
      ),
    ).toEqual({ ok: true, value: 7 });
  });
});
