// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { siteAutoShow } from '../../utils/clipper/auto-show-wiring';
import { ClausemarkDB, saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import type { ClipSummary, OutlinePreview } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`popup-${Math.random()}`);
  dbs.push(db);
  return db;
}
const okClip = async (): Promise<Result<ClipSummary>> => ({
  ok: true,
  value: { clipId: 'x', title: 'T', created: true, mode: 'article', postsLeftOut: 0 },
});

describe('PopupApp', () => {
  it('lists clips newest first with site, date, length and policy numbers, and updates live', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ title: '旧文件', url: 'https://a.cn/1', canonicalUrl: 'https://a.cn/1' }), 1000);
    render(<PopupApp db={db} tab={{ id: 1, url: 'https://a.cn/other' }} clip={okClip} openUrl={() => {}} />);
    await screen.findByText('旧文件');
    await saveClip(
      db,
      makePage({
        title: '新文件',
        url: 'https://a.cn/2',
        canonicalUrl: 'https://a.cn/2',
        policy: { ...makePage().policy, docNumber: '国发〔2019〕8号', issuer: '国务院' },
      }),
      2000,
    );
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.clip-title')?.textContent)).toEqual(['新文件', '旧文件']),
    );
    const row = screen.getAllByRole('listitem')[0]!;
    expect(row.textContent).toContain('国发〔2019〕8号 · 国务院');
    expect(row.textContent).toContain('中国政府网');
    expect(row.textContent).toContain('2019-01-01');
    expect(row.textContent).toContain('21字');
  });

  it('hands the library its search, reader and download, and shows the library in Chinese', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, makePage({ title: '旧文件', url: 'https://a.cn/1', canonicalUrl: 'https://a.cn/1' }), 1000);
    const search = vi.fn(async () => ({ ok: true as const, value: { total: 0, hits: [], tookMs: 1 } }));
    const openReader = vi.fn();
    render(<PopupApp db={db} tab={null} clip={okClip} openUrl={() => {}} search={search} openReader={openReader} download={() => {}} />);
    fireEvent.click(await screen.findByText('旧文件'));
    expect(openReader).toHaveBeenCalledWith(clip.id);
    expect(screen.getByText('Export')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: '河道' } });
    await screen.findByText(/No results for “河道”/);
    cleanup();
    setLocale('zh-CN');
    try {
      render(<PopupApp db={db} tab={null} clip={okClip} openUrl={() => {}} search={search} />);
      await screen.findByText('共 1 篇');
      expect(screen.getByRole('searchbox', { name: '搜索资料库' })).toBeTruthy();
    } finally {
      setLocale('en');
    }
  });

  it('says why a browser page cannot be clipped and offers no clip button', async () => {
    render(<PopupApp db={freshDb()} tab={{ id: 1, url: 'chrome://settings' }} clip={okClip} openUrl={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Browser pages/);
    expect(screen.queryByText('Clip this page')).toBeNull();
  });

  it('offers to clip the whole visible text when no article is found', async () => {
    const clip = vi.fn(async (_tab: number, mode: string): Promise<Result<ClipSummary>> =>
      mode === 'article'
        ? { ok: false, error: { code: 'no-article', message: 'No article was found on this page.' } }
        : { ok: true, value: { clipId: 'x', title: 'Whole page', created: true, mode: 'fulltext', postsLeftOut: 0 } },
    );
    render(<PopupApp db={freshDb()} tab={{ id: 5, url: 'https://a.cn/list' }} clip={clip} openUrl={() => {}} />);
    fireEvent.click(await screen.findByText('Clip this page'));
    fireEvent.click(await screen.findByText('Clip the whole visible text'));
    await screen.findByText(/Clipped: Whole page/);
    expect(clip.mock.calls).toEqual([
      [5, 'article'],
      [5, 'fulltext'],
    ]);
  });

  it('says when a post list was clipped as its first post and offers every post', async () => {
    const clip = vi.fn(async (_tab: number, mode: string): Promise<Result<ClipSummary>> => ({
      ok: true,
      value: {
        clipId: 'x',
        title: '周末去江边看芦苇',
        created: mode === 'article',
        mode: 'article',
        postsLeftOut: mode === 'article' ? 5 : 0,
      },
    }));
    render(<PopupApp db={freshDb()} tab={{ id: 5, url: 'https://blog.example.cn/' }} clip={clip} openUrl={() => {}} />);
    fireEvent.click(await screen.findByText('Clip this page'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Clipped: 周末去江边看芦苇 This page shows 6 posts; the clip holds the first.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clip all 6 posts' }));
    await screen.findByText('Updated: 周末去江边看芦苇');
    expect(screen.queryByRole('button', { name: /Clip all/ })).toBeNull();
    expect(clip.mock.calls).toEqual([
      [5, 'article'],
      [5, 'allposts'],
    ]);
  });

  it('shows a save failure as an error', async () => {
    const clip = async (): Promise<Result<ClipSummary>> => ({
      ok: false,
      error: { code: 'quota', message: 'The browser has no storage space left' },
    });
    render(<PopupApp db={freshDb()} tab={{ id: 5, url: 'https://a.cn/x' }} clip={clip} openUrl={() => {}} />);
    fireEvent.click(await screen.findByText('Clip this page'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no storage space/);
  });

  it('marks a page that is already clipped and shows the outcome of a shortcut clip', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x' }));
    render(
      <PopupApp
        db={db}
        tab={{ id: 5, url: 'https://a.cn/x' }}
        clip={okClip}
        openUrl={() => {}}
        lastOutcome={{ ok: true, value: { clipId: 'x', title: '快捷键剪藏', created: false, mode: 'article', postsLeftOut: 0 } }}
      />,
    );
    await screen.findByText('Clip again (update)');
    await screen.findByText(/Updated: 快捷键剪藏/);
  });
});

describe('PopupApp outline', () => {
  const o = (level: number, label: string, title: string, preview = ''): OutlineEntry => ({ level, label, title, preview, anchor: '' });
  const outline = [
    o(1, '一、', '总体要求'),
    o(2, '（一）', '工作目标'),
    o(1, '二、', '重点任务'),
    o(2, '（一）', '工作目标'),
    o(2, '（二）', '', '各地要…'),
  ];
  const found = async (): Promise<Result<{ found: boolean }>> => ({ ok: true, value: { found: true } });

  it("shows a clipped page's stored outline and scrolls the page to the entry, counting repeated headings", async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', outline }));
    const preview = vi.fn();
    const scrollToHeading = vi.fn(found);
    render(
      <PopupApp
        db={db}
        tab={{ id: 5, url: 'https://a.cn/x' }}
        clip={okClip}
        openUrl={() => {}}
        previewOutline={preview}
        scrollToHeading={scrollToHeading}
      />,
    );
    const tree = await screen.findByRole('tree');
    expect(tree.querySelectorAll('[role=treeitem]')).toHaveLength(5);
    expect(screen.getByText('(5)')).toBeTruthy();
    fireEvent.click(tree.querySelectorAll('[role=treeitem]')[3]!);
    await waitFor(() =>
      expect(scrollToHeading).toHaveBeenCalledWith(5, { label: '（一）', title: '工作目标', preview: '', occurrence: 1, count: 2 }),
    );
    fireEvent.keyDown(tree.querySelectorAll('[role=treeitem]')[4]!, { key: 'Enter' });
    await waitFor(() =>
      expect(scrollToHeading).toHaveBeenLastCalledWith(5, { label: '（二）', title: '', preview: '各地要…', occurrence: 0, count: 1 }),
    );
    expect(preview).not.toHaveBeenCalled();
  });

  it('previews the outline of a page that is not clipped, without saving it', async () => {
    const db = freshDb();
    const preview = vi.fn(async (): Promise<Result<OutlinePreview>> => ({ ok: true, value: { outline, title: 'T' } }));
    render(
      <PopupApp
        db={db}
        tab={{ id: 6, url: 'https://a.cn/new' }}
        clip={okClip}
        openUrl={() => {}}
        previewOutline={preview}
        scrollToHeading={found}
      />,
    );
    await screen.findByRole('tree');
    expect(screen.getByText(/not clipped yet/)).toBeTruthy();
    expect(preview).toHaveBeenCalledWith(6);
    expect(await db.clips.count()).toBe(0);
  });

  it('shows no outline, and nothing alarming, when the page cannot be previewed', async () => {
    const preview = vi.fn(async (): Promise<Result<OutlinePreview>> => ({
      ok: false,
      error: { code: 'not-injectable', message: 'Clausemark may read this page only after…' },
    }));
    render(<PopupApp db={freshDb()} tab={{ id: 6, url: 'https://a.cn/new' }} clip={okClip} openUrl={() => {}} previewOutline={preview} />);
    await waitFor(() => expect(preview).toHaveBeenCalled());
    await screen.findByText('Clip this page');
    expect(screen.queryByRole('tree')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the heading is no longer on the page', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', outline }));
    const missing = async (): Promise<Result<{ found: boolean }>> => ({ ok: true, value: { found: false } });
    render(<PopupApp db={db} tab={{ id: 5, url: 'https://a.cn/x' }} clip={okClip} openUrl={() => {}} scrollToHeading={missing} />);
    fireEvent.click(await screen.findByText('重点任务'));
    expect((await screen.findByRole('status')).textContent).toMatch(/not found on the page/);
  });
});

describe('PopupApp highlights', () => {
  const sel = (quote: string, start: number, outlinePath: string[]) => ({
    quote,
    prefix: '',
    suffix: '',
    start,
    end: start + quote.length,
    outlinePath,
  });
  async function withHighlights() {
    const db = freshDb();
    const { clip } = await saveClip(db, makePage({ url: 'https://a.cn/law', canonicalUrl: 'https://a.cn/law' }));
    const add = (id: string, quote: string, start: number, path: string[], note = '') =>
      db.highlights.add({
        id,
        clipId: clip.id,
        url: 'https://a.cn/law',
        selectors: sel(quote, start, path),
        color: 'yellow',
        note,
        createdAt: start,
        updatedAt: start,
      });
    await add('h3', '第十三条的要点', 900, ['第三章 附则', '第十三条']);
    await add('h1', '河道管理', 100, ['第一章 总则', '第一条'], '注意范围');
    await add('h2', '服从规划', 500, ['第三章 附则', '第十二条']);
    await add('h4', '已删除的段落', 300, ['第二章 整治', '第五条']);
    await add('h5', '同一条的第二处', 520, ['第三章 附则', '第十二条']);
    return db;
  }

  it('lists highlights in page order under their outline sections, and those not placed under "Not found on this page"', async () => {
    const db = await withHighlights();
    const show = vi.fn(async () => ({ ok: true as const, value: { placed: ['h1', 'h2', 'h3', 'h5'], missing: ['h4'] } }));
    const scroll = vi.fn(async () => ({ ok: true as const, value: { found: true } }));
    render(
      <PopupApp
        db={db}
        tab={{ id: 5, url: 'https://a.cn/law' }}
        clip={okClip}
        openUrl={() => {}}
        showHighlights={show}
        scrollToHighlight={scroll}
      />,
    );
    const missing = await screen.findByRole('group', { name: 'Not found on this page' });
    expect(missing.textContent).toContain('已删除的段落');
    const section = screen.getByRole('region', { name: 'Highlights' });
    const sections = Array.from(section.querySelectorAll('.hl-group:not(.hl-missing) .hl-section')).map((h) => h.textContent);
    expect(sections).toEqual(['第一章 总则 › 第一条', '第三章 附则 › 第十二条', '第三章 附则 › 第十三条']);
    const quotes = Array.from(section.querySelectorAll('.hl-group:not(.hl-missing) .hl-quote')).map((q) => q.textContent);
    expect(quotes).toEqual(['河道管理', '服从规划', '同一条的第二处', '第十三条的要点']);
    expect(section.textContent).toContain('注意范围');
    expect(show).toHaveBeenCalledWith(5);
    // Nothing is dropped or deleted for not being found.
    expect(await db.highlights.count()).toBe(5);
    expect((missing.querySelector('button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByText('服从规划'));
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(5, 'h2'));
  });

  it('lists every highlight as placed until the page reports, and says so when one cannot be scrolled to', async () => {
    const db = await withHighlights();
    const missingNow = async () => ({ ok: true as const, value: { found: false } });
    render(<PopupApp db={db} tab={{ id: 5, url: 'https://a.cn/law' }} clip={okClip} openUrl={() => {}} scrollToHighlight={missingNow} />);
    await screen.findByText('已删除的段落');
    expect(screen.queryByText('Not found on this page')).toBeNull();
    fireEvent.click(screen.getByText('河道管理'));
    expect((await screen.findByRole('status')).textContent).toMatch(/not on the page/);
  });

  it("asks for exactly the tab's site from the toggle, saves it, and turning it off removes both", async () => {
    const items: Record<string, unknown> = {};
    const area = { get: async (k: string) => ({ [k]: items[k] }), set: async (o: Record<string, unknown>) => void Object.assign(items, o) };
    let granted = false;
    const permissions = {
      contains: vi.fn(async () => granted),
      request: vi.fn(async (_: { origins: string[] }) => (granted = true)),
      remove: vi.fn(async (_: { origins: string[] }) => !(granted = false)),
    };
    const autoShow = siteAutoShow(permissions, area, 'http://www.example.gov.cn:8080/zwgk/x.html');
    render(
      <PopupApp
        db={freshDb()}
        tab={{ id: 5, url: 'http://www.example.gov.cn:8080/zwgk/x.html' }}
        clip={okClip}
        openUrl={() => {}}
        autoShow={autoShow}
      />,
    );
    const box = (await screen.findByLabelText('Show my highlights automatically on this site (www.example.gov.cn)')) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(permissions.request.mock.calls).toEqual([[{ origins: ['http://www.example.gov.cn/*'] }]]);
    expect(items.autoShowSites).toEqual([{ pattern: 'http://www.example.gov.cn/*', asked: true, clipped: false }]);
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    expect(permissions.remove.mock.calls).toEqual([[{ origins: ['http://www.example.gov.cn/*'] }]]);
    expect(items.autoShowSites).toEqual([]);
  });

  it('has no auto-show toggle on pages no site permission covers', async () => {
    const area = { get: async () => ({}), set: async () => {} };
    const permissions = { contains: async () => false, request: async () => false, remove: async () => false };
    expect(siteAutoShow(permissions, area, 'file:///tmp/law.html')).toBeUndefined();
    render(
      <PopupApp
        db={freshDb()}
        tab={{ id: 5, url: 'https://chromewebstore.google.com/detail/x' }}
        clip={okClip}
        openUrl={() => {}}
        autoShow={siteAutoShow(permissions, area, 'https://chromewebstore.google.com/detail/x')}
      />,
    );
    await screen.findByText(/Chrome Web Store/);
    expect(screen.queryByRole('checkbox', { name: /automatically/ })).toBeNull();
  });
});
