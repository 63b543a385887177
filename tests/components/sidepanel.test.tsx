// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveClip } from '../../utils/db';
import { makePage } from '../helpers/page';
import type { OutlinePreview } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import { cleanupPanel, clipButton, fakeWindow, found, freshDb, o, okClip, outline, page, renderPanel } from '../helpers/sidepanel';

afterEach(cleanupPanel);

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
});
