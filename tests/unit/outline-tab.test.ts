import { afterEach, describe, expect, it, vi } from 'vitest';
import { previewOutline, scrollTabToHeading } from '../../utils/clipper/outline-tab';
import { saveClip, storedOutline } from '../../utils/db';
import { deleteDbs, trackedDb } from '../helpers/db';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const outline: OutlineEntry[] = [{ level: 1, label: '一、', title: '总体要求', preview: '坚持稳中求进', anchor: 'cm-h-1' }];
const miss = async () => null;
const none = async () => null;

afterEach(deleteDbs);
const request = { label: '一、', title: '总体要求', preview: '', occurrence: 0 };

describe('previewOutline', () => {
  it("asks the tab for the outline only and returns it with the page's title", async () => {
    const readOutline = vi.fn(async () => ({ ok: true, value: { outline, title: '国务院关于某事项的通知' } }));
    const r = await previewOutline(
      { getTabUrl: async () => 'https://www.gov.cn/a.htm', storedOutline: none, cachedOutline: miss, readOutline },
      3,
    );
    expect(r).toEqual({ ok: true, value: { outline, title: '国务院关于某事项的通知' } });
    expect(readOutline).toHaveBeenCalledWith(3);
  });

  it('answers a clipped page with its stored outline and clip id, without asking the tab for anything', async () => {
    const db = trackedDb('outline-tab');
    const url = 'https://www.gov.cn/zhengce/law.htm';
    const saved = await saveClip(db, makePage({ url, canonicalUrl: url, title: '某某法', outline }));
    const cachedOutline = vi.fn(miss);
    const readOutline = vi.fn(async () => ({ ok: true, value: { outline: [], title: 'read from the tab' } }));
    const deps = { getTabUrl: async () => url, storedOutline: (u: string) => storedOutline(db, u), cachedOutline, readOutline };
    expect(await previewOutline(deps, 3)).toEqual({ ok: true, value: { outline, title: '某某法', clipId: saved.clip.id } });
    // neither the tab's remembered answer nor the outline script: a big law's read is 100–150 ms of the page's CPU
    expect(cachedOutline).not.toHaveBeenCalled();
    expect(readOutline).not.toHaveBeenCalled();

    // a page not clipped is read as before, and so is one whose lookup failed
    const other = await previewOutline({ ...deps, getTabUrl: async () => 'https://www.gov.cn/other.htm' }, 4);
    expect(other).toEqual({ ok: true, value: { outline: [], title: 'read from the tab' } });
    const broken = await previewOutline({ ...deps, storedOutline: () => Promise.reject(new Error('closed')) }, 5);
    expect(broken).toEqual({ ok: true, value: { outline: [], title: 'read from the tab' } });
    expect(readOutline.mock.calls).toEqual([[4], [5]]);
  });

  it("answers from the tab's last read when its page is unchanged, without running the extraction script", async () => {
    const readOutline = vi.fn(async () => ({ ok: true, value: { outline: [], title: 'read again' } }));
    // as JSON text, which the browser hands over far faster than a big object
    const cachedOutline = vi.fn(async () => JSON.stringify({ ok: true, value: { outline, title: 'remembered' } }));
    const r = await previewOutline(
      { getTabUrl: async () => 'https://www.gov.cn/a.htm', storedOutline: none, cachedOutline, readOutline },
      3,
    );
    expect(r).toEqual({ ok: true, value: { outline, title: 'remembered' } });
    expect(cachedOutline).toHaveBeenCalledWith(3);
    expect(readOutline).not.toHaveBeenCalled();
    // a remembered answer is checked like a fresh one
    for (const forged of [JSON.stringify({ ok: true, value: { outline: [{ level: 1 }], title: 'x' } }), '{"ok":true,', '"text"']) {
      const r = await previewOutline(
        { getTabUrl: async () => 'https://a.cn/', storedOutline: none, cachedOutline: async () => forged, readOutline },
        3,
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'injection-failed' } });
    }
  });

  it('passes on why a page cannot be read, without injecting into browser pages', async () => {
    const readOutline = vi.fn(async () => null);
    expect(
      await previewOutline({ getTabUrl: async () => 'chrome://newtab', storedOutline: none, cachedOutline: miss, readOutline }, 3),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-injectable' },
    });
    expect(readOutline).not.toHaveBeenCalled();
    const noArticle = async () => ({ ok: false, error: { code: 'no-article', message: 'No article was found' } });
    expect(
      await previewOutline({ getTabUrl: async () => 'https://a.cn/', storedOutline: none, cachedOutline: miss, readOutline: noArticle }, 3),
    ).toMatchObject({
      ok: false,
      error: { code: 'no-article' },
    });
    const crashed = async () => ({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(
      await previewOutline({ getTabUrl: async () => 'https://a.cn/', storedOutline: none, cachedOutline: miss, readOutline: crashed }, 3),
    ).toMatchObject({
      ok: false,
      error: { code: 'injection-failed' },
    });
  });

  it("refuses an answer that is not an outline of well-formed entries (it comes from the page's process)", async () => {
    const bad = [
      { outline: [{ ...outline[0], level: '1' }], title: 'T' },
      { outline: [{ ...outline[0], title: { html: '<img>' } }], title: 'T' },
      { outline: 'x', title: 'T' },
      { outline, title: 3 },
      makePage({ outline }).html,
    ];
    for (const value of bad) {
      const r = await previewOutline(
        {
          getTabUrl: async () => 'https://a.cn/',
          storedOutline: none,
          cachedOutline: miss,
          readOutline: async () => ({ ok: true, value }),
        },
        3,
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'injection-failed' } });
    }
  });
});

describe('scrollTabToHeading', () => {
  it('hands the request to the locate script and returns whether the heading was found', async () => {
    const locate = vi.fn(async () => ({ ok: true, value: { found: true } }));
    expect(await scrollTabToHeading({ getTabUrl: async () => 'https://a.cn/', locate }, 4, request)).toEqual({
      ok: true,
      value: { found: true },
    });
    expect(locate).toHaveBeenCalledWith(4, request);
    const missing = async () => ({ ok: true, value: { found: false } });
    expect(await scrollTabToHeading({ getTabUrl: async () => 'https://a.cn/', locate: missing }, 4, request)).toEqual({
      ok: true,
      value: { found: false },
    });
  });

  it('explains a refused injection and a missing answer', async () => {
    const refused = async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    };
    const r = await scrollTabToHeading({ getTabUrl: async () => undefined, locate: refused }, 4, request);
    expect(r).toMatchObject({ ok: false, error: { code: 'not-injectable' } });
    if (!r.ok) expect(r.error.message).toMatch(/toolbar button/);
    expect(await scrollTabToHeading({ getTabUrl: async () => 'https://a.cn/', locate: async () => undefined }, 4, request)).toMatchObject({
      ok: false,
      error: { code: 'injection-failed' },
    });
    const gone = async () => {
      throw new Error('No tab with id: 4');
    };
    expect(
      await scrollTabToHeading({ getTabUrl: gone, locate: async () => ({ ok: true, value: { found: true } }) }, 4, request),
    ).toMatchObject({ ok: false, error: { code: 'no-tab' } });
  });
});
