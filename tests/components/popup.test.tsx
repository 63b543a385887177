// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import type { ClipSummary } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import { makePage } from '../helpers/page';
import { cleanupPopup, freshDb, okClip } from '../helpers/popup';

afterEach(cleanupPopup);

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
    expect(row.textContent).toContain('21 characters');
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
