// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp, type SidePanelAppProps } from '../../components/sidepanel/SidePanelApp';
import { ClausemarkDB, saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import type { ClipSummary, OutlinePreview } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { Access } from '../../utils/sidepanel/access';
import type { PanelTab, TabSource } from '../../utils/sidepanel/tab-source';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  setLocale('en');
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`sidepanel-${Math.random()}`);
  dbs.push(db);
  return db;
}

/** A window whose active tab the test switches, notifying the panel as the browser's tab events would. */
function fakeWindow(first: PanelTab | null) {
  let tab = first;
  const listeners = new Set<() => void>();
  const source: TabSource = {
    current: async () => tab,
    subscribe: (fn) => (listeners.add(fn), () => listeners.delete(fn)),
  };
  return {
    source,
    listeners,
    switchTo(next: PanelTab | null) {
      tab = next;
      for (const fn of listeners) fn();
    },
  };
}
const page = (id: number, url: string | undefined, title = '', loads = 0): PanelTab => ({ id, url, title, status: 'complete', loads });
const o = (level: number, label: string, title: string): OutlineEntry => ({ level, label, title, preview: '', anchor: '' });
const outline = [o(1, '一、', '总体要求'), o(2, '（一）', '工作目标'), o(1, '二、', '重点任务')];
const okClip = vi.fn(async (): Promise<Result<ClipSummary>> => ({
  ok: true,
  value: { clipId: 'x', title: '新剪藏', created: true, mode: 'article', postsLeftOut: 0 },
}));
const found = async (): Promise<Result<{ found: boolean }>> => ({ ok: true, value: { found: true } });
const clipButton = (c: Element) => c.querySelector<HTMLButtonElement>('#clip-button');

function renderPanel(over: Partial<SidePanelAppProps> & Pick<SidePanelAppProps, 'db' | 'tabs'>) {
  return render(<SidePanelApp clip={okClip} {...over} />);
}

describe('SidePanelApp', () => {
  it('follows a tab switch: the clipped page’s stored outline, then the next page’s clip button and, when asked, its preview', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', title: '已剪藏', outline }));
    const win = fakeWindow(page(1, 'https://a.cn/x', '已剪藏 - 中国政府网'));
    const preview = vi.fn(async (): Promise<Result<OutlinePreview>> => ({
      ok: true,
      value: { outline: [o(1, '第一条', '目的')], title: 'B' },
    }));
    const scrollToHeading = vi.fn(found);
    const { container } = renderPanel({ db, tabs: win.source, previewOutline: preview, scrollToHeading });

    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3)); // a short outline opens fully
    expect(screen.getByText('已剪藏 - 中国政府网')).toBeTruthy();
    expect(clipButton(container)?.textContent).toMatch(/update/i);
    fireEvent.click(screen.getByText('重点任务'));
    await waitFor(() =>
      expect(scrollToHeading).toHaveBeenCalledWith(1, { label: '二、', title: '重点任务', preview: '', occurrence: 0, count: 1 }),
    );
    expect(preview).not.toHaveBeenCalled();

    win.switchTo(page(2, 'https://b.cn/law'));
    fireEvent.click(await screen.findByRole('button', { name: 'Preview outline' }));
    await screen.findByText('目的');
    expect(preview.mock.calls).toEqual([[2]]);
    expect(screen.queryByText('重点任务')).toBeNull();
    expect(screen.getByText('b.cn')).toBeTruthy(); // no title: the site names the page
    expect(clipButton(container)?.textContent).toBe('Clip this page');
    fireEvent.click(clipButton(container)!);
    await waitFor(() => expect(okClip).toHaveBeenCalledWith(2, 'article'));
    await screen.findByText(/新剪藏/);

    // A navigation starts afresh: the clip outcome of the previous page is gone.
    win.switchTo(page(2, 'https://b.cn/other'));
    await waitFor(() => expect(screen.queryByText(/新剪藏/)).toBeNull());
    await screen.findByRole('button', { name: 'Preview outline' });
    expect(preview).toHaveBeenCalledTimes(1); // the new page is not read until asked
  });

  it('does not read an unclipped page it follows: no preview, no highlighter, until the button asks', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', outline }));
    const win = fakeWindow(page(1, 'https://a.cn/x'));
    let answer: Result<OutlinePreview> = { ok: false, error: { code: 'no-article', message: 'No article' } };
    const preview = vi.fn(async () => answer);
    const showHighlights = vi.fn(async (_tabId: number) => ({ ok: true as const, value: { placed: [], missing: [] } }));
    renderPanel({ db, tabs: win.source, previewOutline: preview, showHighlights, probeAccess: async () => 'ok' });
    await screen.findByRole('tree'); // clipped: the stored outline, and its highlights painted
    await waitFor(() => expect(showHighlights).toHaveBeenCalledWith(1));

    for (const [i, url] of ['https://b.cn/1', 'https://b.cn/2', 'http://c.cn/'].entries()) win.switchTo(page(2 + i, url));
    const button = await screen.findByRole('button', { name: 'Preview outline' });
    await new Promise((r) => setTimeout(r, 50));
    expect(preview).not.toHaveBeenCalled();
    const tabsPainted = () => new Set(showHighlights.mock.calls.map(([id]) => id));
    expect(tabsPainted()).toEqual(new Set([1]));
    expect(screen.getByText(/reads a page only when you ask/)).toBeTruthy();

    fireEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toBe('No outline was found on this page.');
    expect(preview.mock.calls).toEqual([[4]]);
    answer = { ok: true, value: { outline: [o(1, '第一条', '目的')], title: 'C' } };
    fireEvent.click(screen.getByRole('button', { name: 'Preview outline' })); // a failed read can be tried again
    await screen.findByText('目的');
    expect(preview.mock.calls).toEqual([[4], [4]]);
    expect(tabsPainted()).toEqual(new Set([1]));
  });

  it('a reload seen only as a new load (it was over before the panel asked) paints and reports the page again', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://a.cn/r', canonicalUrl: 'https://a.cn/r', outline }));
    const win = fakeWindow(page(6, 'https://a.cn/r'));
    const showHighlights = vi.fn(async () => ({ ok: true as const, value: { placed: [], missing: [] } }));
    renderPanel({ db, tabs: win.source, showHighlights });
    await screen.findByRole('tree'); // the clip is found: the highlighter has been asked for this page
    await new Promise((r) => setTimeout(r, 30));
    const asked = showHighlights.mock.calls.length;
    win.switchTo(page(6, 'https://a.cn/r')); // the same answer again: nothing to redo
    await new Promise((r) => setTimeout(r, 30));
    expect(showHighlights).toHaveBeenCalledTimes(asked);
    win.switchTo(page(6, 'https://a.cn/r', '', 1));
    await waitFor(() => expect(showHighlights.mock.calls.length).toBeGreaterThan(asked));
  });

  it('shows a clip made elsewhere (e.g. with the shortcut) as soon as it is stored', async () => {
    const db = freshDb();
    const { container } = renderPanel({ db, tabs: fakeWindow(page(3, 'https://a.cn/y')).source });
    await waitFor(() => expect(clipButton(container)?.textContent).toBe('Clip this page'));
    await saveClip(db, makePage({ url: 'https://a.cn/y', canonicalUrl: 'https://a.cn/y', outline }));
    await screen.findByRole('tree');
    expect(clipButton(container)?.textContent).toMatch(/update/i);
  });

  it('says why a browser page cannot be clipped, and an empty window plainly', async () => {
    const db = freshDb();
    const win = fakeWindow(page(4, 'chrome://settings/'));
    const { container } = renderPanel({ db, tabs: win.source, probeAccess: vi.fn() });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Browser pages/);
    expect(clipButton(container)).toBeNull();
    win.switchTo(null);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('There is no page in this window to show.'));
    expect(screen.getByRole('main', { name: 'Clausemark side panel' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
  });

  it('without access: says so, shows the stored outline without scrolling, and "Allow on this site" asks for that site', async () => {
    const db = freshDb();
    await saveClip(db, makePage({ url: 'https://www.a.cn:8443/p?id=1', canonicalUrl: 'https://www.a.cn:8443/p?id=1', outline }));
    let access: Access = 'denied';
    const probeAccess = vi.fn(async () => access);
    const requestSite = vi.fn(async () => ((access = 'ok'), true));
    const scrollToHeading = vi.fn(found);
    const preview = vi.fn();
    const { container } = renderPanel({
      db,
      tabs: fakeWindow(page(7, 'https://www.a.cn:8443/p?id=1')).source,
      probeAccess,
      requestSite,
      scrollToHeading,
      previewOutline: preview,
    });

    const notice = await screen.findByRole('region', { name: 'Clausemark cannot read this page from the side panel' });
    expect(notice.textContent).toContain('Allow it on www.a.cn');
    await waitFor(() => expect(notice.textContent).toMatch(/saved with the clip/));
    expect(clipButton(container)).toBeNull(); // it would only fail
    fireEvent.click(await screen.findByText('重点任务'));
    expect(scrollToHeading).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull(); // no raw browser error

    fireEvent.click(screen.getByRole('button', { name: 'Allow on this site' }));
    expect(requestSite).toHaveBeenCalledWith('https://www.a.cn/*');
    await waitFor(() => expect(clipButton(container)).not.toBeNull());
    expect(screen.queryByRole('region', { name: /cannot read/ })).toBeNull();
    fireEvent.click(await screen.findByText('重点任务'));
    await waitFor(() => expect(scrollToHeading).toHaveBeenCalledWith(7, expect.objectContaining({ title: '重点任务' })));
    expect(preview).not.toHaveBeenCalled(); // clipped: the stored outline, not a preview
  });

  it('says when access is refused, and that a page without a clip is not clipped yet', async () => {
    const requestSite = vi.fn(async () => false);
    renderPanel({ db: freshDb(), tabs: fakeWindow(page(8, 'http://b.cn/')).source, probeAccess: async () => 'denied', requestSite });
    await screen.findByText('This page is not clipped yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Allow on this site' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/not granted/);
  });

  it('asks again when the user comes back (access granted with the toolbar button meanwhile)', async () => {
    let access: Access = 'denied';
    const win = fakeWindow(page(9, 'https://c.cn/'));
    const { container } = renderPanel({ db: freshDb(), tabs: win.source, probeAccess: async () => access, requestSite: async () => false });
    await screen.findByRole('button', { name: 'Allow on this site' });
    access = 'ok';
    win.switchTo(page(9, 'https://c.cn/')); // e.g. the window got focus again
    await waitFor(() => expect(clipButton(container)).not.toBeNull());
  });

  it('when the browser hides the tab’s address, explains and can ask to see it', async () => {
    const win = fakeWindow(page(10, undefined));
    const requestTabAddresses = vi.fn(async () => {
      win.switchTo(page(10, 'https://d.cn/doc', '文件'));
      return true;
    });
    const { container } = renderPanel({ db: freshDb(), tabs: win.source, requestTabAddresses });
    const notice = await screen.findByRole('region', { name: 'Clausemark cannot see this tab yet' });
    expect(notice.textContent).toMatch(/Alt\+Shift\+S/);
    expect(clipButton(container)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /see every tab/ }));
    await waitFor(() => expect(clipButton(container)).not.toBeNull());
    expect(screen.getByText('文件')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    setLocale('zh-CN');
    renderPanel({
      db: freshDb(),
      tabs: fakeWindow(page(11, 'https://e.cn/')).source,
      probeAccess: async () => 'denied',
      requestSite: async () => true,
    });
    await screen.findByRole('button', { name: '允许访问此网站' });
    expect(screen.getByRole('main', { name: 'Clausemark 侧边栏' })).toBeTruthy();
    await screen.findByText('此网页尚未剪藏。');
  });
});
