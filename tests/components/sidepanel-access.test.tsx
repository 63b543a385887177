// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveClip } from '../../utils/db';
import { makePage } from '../helpers/page';
import { setLocale } from '../../utils/i18n';
import type { Access } from '../../utils/sidepanel/access';
import type { ClipSummary } from '../../utils/messaging';
import { fail, problem, type Result } from '../../utils/result';
import { cleanupPanel, clipButton, fakeWindow, found, freshDb, okClip, outline, page, renderPanel } from '../helpers/sidepanel';

afterEach(cleanupPanel);

describe('SidePanelApp', () => {
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

  it('a PDF tab: no probe of the viewer, Clip offered, and "Allow this site" after a refused download', async () => {
    const probeAccess = vi.fn(async (): Promise<Access> => 'denied');
    const refused = fail('pdf-access', problem('pdf.error.noAccess', { detail: 'Failed to fetch' }));
    const clip = vi.fn(async (): Promise<Result<ClipSummary>> => (clip.mock.calls.length === 1 ? refused : okClip()));
    const requestSite = vi.fn(async () => true);
    const previewOutline = vi.fn();
    const { container } = renderPanel({
      db: freshDb(),
      tabs: fakeWindow(page(10, 'https://www.a.cn/files/plan.pdf')).source,
      probeAccess,
      requestSite,
      clip,
      previewOutline,
    });
    await waitFor(() => expect(clipButton(container)).not.toBeNull());
    fireEvent.click(clipButton(container)!);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow this site' }));
    expect(requestSite).toHaveBeenCalledWith('https://www.a.cn/*');
    await waitFor(() => expect(clip).toHaveBeenCalledTimes(2));
    expect(probeAccess).not.toHaveBeenCalled();
    expect(previewOutline).not.toHaveBeenCalled();
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
