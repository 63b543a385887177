// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { saveClip } from '../../utils/db';
import type { OutlinePreview } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';
import { cleanupPopup, freshDb, okClip } from '../helpers/popup';

afterEach(cleanupPopup);

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
    // the library's rows have empty status regions of their own (copy-clip-status): look for this one
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .map((s) => s.textContent)
          .join('|'),
      ).toMatch(/not found on the page/),
    );
  });
});
