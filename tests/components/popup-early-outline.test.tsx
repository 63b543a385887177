// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { startPageOutline, type EarlyOutline } from '../../components/page/early-outline';
import { PageOutline } from '../../components/page/PageOutline';
import { saveClip } from '../../utils/db';
import type { OutlinePreview } from '../../utils/messaging';
import type { OutlineEntry } from '../../utils/model';
import type { Result } from '../../utils/result';
import { makePage } from '../helpers/page';
import { cleanupPopup, freshDb, okClip } from '../helpers/popup';

afterEach(cleanupPopup);

const o = (level: number, label: string, title: string): OutlineEntry => ({ level, label, title, preview: '', anchor: '' });
const outline = [o(1, '第一章', '总则'), o(2, '第一条', '立法目的'), o(1, '第二章', '附则')];
const previewOf = (entries: OutlineEntry[]): Result<OutlinePreview> => ({ ok: true, value: { outline: entries, title: 'T' } });
const titles = () => screen.getAllByRole('treeitem').map((r) => r.querySelector('.outline-title')?.textContent);

describe('startPageOutline: the outline read before the popup renders', () => {
  it("reads a clipped page's stored outline when it tells before the answer, and starts the preview of a page not clipped", async () => {
    const db = freshDb();
    const saved = await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', outline }));
    // the background's answer still on its way
    const slow = vi.fn(() => new Promise<Result<OutlinePreview>>(() => {}));
    expect(await startPageOutline(db, { id: 5, url: 'https://a.cn/x' }, slow)).toEqual({ clipId: saved.clip.id, outline });
    // a failed answer (a page that cannot be read) leaves it to the lookup
    const refused = async (): Promise<Result<OutlinePreview>> => ({ ok: false, error: { code: 'not-injectable', message: 'no' } });
    expect(await startPageOutline(db, { id: 5, url: 'https://a.cn/x' }, refused)).toEqual({ clipId: saved.clip.id, outline });
    const preview = vi.fn(async () => previewOf([o(1, '一、', 'the live page')]));

    const early = await startPageOutline(db, { id: 6, url: 'https://a.cn/new' }, preview);
    expect(early?.clipId).toBeNull();
    expect(preview).toHaveBeenCalledWith(6);
    expect(await (early as { preview: Promise<unknown> }).preview).toEqual(previewOf([o(1, '一、', 'the live page')]));
  });

  it("takes a clipped page's stored outline from the background's answer when it comes before the popup's lookup", async () => {
    // an empty database: the clip can only come from the answer (the background looked it up in one round trip)
    const stored = vi.fn(async (): Promise<Result<OutlinePreview>> => ({ ok: true, value: { outline, title: 'T', clipId: 'c9' } }));
    expect(await startPageOutline(freshDb(), { id: 5, url: 'https://a.cn/x' }, stored)).toEqual({ clipId: 'c9', outline });

    // the popup's own lookup then leaves the body (a big law's is hundreds of kB) unread
    const db = freshDb();
    const saved = await saveClip(db, makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', outline }));
    const get = vi.spyOn(db.clipBodies, 'get');
    const answer = async (): Promise<Result<OutlinePreview>> => ({ ok: true, value: { outline, title: 'T', clipId: saved.clip.id } });
    expect(await startPageOutline(db, { id: 5, url: 'https://a.cn/x' }, answer)).toEqual({ clipId: saved.clip.id, outline });
    await db.clips.toArray(); // the lookup's queries have run by now
    await new Promise((r) => setTimeout(r, 20));
    expect(get).not.toHaveBeenCalled();
  });

  it('asks for the preview before the clip lookup answers, not after it (a big law is read meanwhile)', async () => {
    const db = freshDb();
    const preview = vi.fn(async () => previewOf(outline));
    const early = startPageOutline(db, { id: 6, url: 'https://a.cn/new' }, preview);
    // nothing awaited yet: the IndexedDB lookup has not answered
    expect(preview).toHaveBeenCalledWith(6);
    expect((await early)?.clipId).toBeNull();
    expect(preview).toHaveBeenCalledTimes(1);
  });

  it('reads nothing for pages that cannot be read, and no tab', async () => {
    const preview = vi.fn(async () => previewOf(outline));
    expect(await startPageOutline(freshDb(), { id: 7, url: 'chrome://extensions/' }, preview)).toBeUndefined();
    expect(await startPageOutline(freshDb(), { id: 7, url: undefined }, preview)).toBeUndefined();
    expect(await startPageOutline(freshDb(), null, preview)).toBeUndefined();
    // the browser's PDF viewer takes no script: a PDF not clipped has no preview
    expect(await startPageOutline(freshDb(), { id: 7, url: 'https://a.cn/files/plan.pdf' }, preview)).toBeUndefined();
    expect(preview).not.toHaveBeenCalled();
  });

  it("reads a clipped PDF's stored outline", async () => {
    const db = freshDb();
    const url = 'https://a.cn/files/plan.pdf';
    const saved = await saveClip(db, makePage({ url, canonicalUrl: url, outline }));
    expect(await startPageOutline(db, { id: 8, url }, vi.fn())).toEqual({ clipId: saved.clip.id, outline });
  });
});

describe('PageOutline with an early read', () => {
  it('shows the early stored outline before the caller has found the clip, without reading the page', async () => {
    const previewOutline = vi.fn(async () => previewOf([]));
    // an empty database: what is shown can only come from the early read
    render(
      <PageOutline
        db={freshDb()}
        tabId={5}
        clipId={undefined}
        previewOutline={previewOutline}
        early={Promise.resolve({ clipId: 'c1', outline })}
      />,
    );
    await screen.findByRole('tree');
    expect(titles()).toEqual(['总则', '立法目的', '附则']);
    expect(screen.getByText('(3)')).toBeTruthy();
    expect(previewOutline).not.toHaveBeenCalled();
  });

  it('uses the preview already on its way instead of asking again, and waits for it rather than read the page twice', async () => {
    let answer: (e: EarlyOutline) => void = () => {};
    const early = new Promise<EarlyOutline>((resolve) => (answer = resolve));
    const previewOutline = vi.fn(async () => previewOf([o(1, '一、', 'asked again')]));
    render(<PageOutline db={freshDb()} tabId={6} clipId={null} previewOutline={previewOutline} early={early} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(previewOutline).not.toHaveBeenCalled();
    answer({ clipId: null, preview: Promise.resolve(previewOf(outline)) });
    await screen.findByRole('tree');
    expect(titles()).toEqual(['总则', '立法目的', '附则']);
    expect(screen.getByText(/not clipped yet/)).toBeTruthy();
    expect(previewOutline).not.toHaveBeenCalled();
  });

  it('asks for a preview itself when there is no early read', async () => {
    const previewOutline = vi.fn(async () => previewOf(outline));
    render(<PageOutline db={freshDb()} tabId={6} clipId={null} previewOutline={previewOutline} early={Promise.resolve(undefined)} />);
    await screen.findByRole('tree');
    expect(previewOutline).toHaveBeenCalledWith(6);
  });

  it('in the popup, the live stored outline replaces the early one when the page is clipped again', async () => {
    const db = freshDb();
    const page = makePage({ url: 'https://a.cn/x', canonicalUrl: 'https://a.cn/x', outline });
    const saved = await saveClip(db, page);
    const early = startPageOutline(db, { id: 5, url: 'https://a.cn/x' }, async () => previewOf([]));
    render(<PopupApp db={db} tab={{ id: 5, url: 'https://a.cn/x' }} clip={okClip} openUrl={() => {}} earlyOutline={early} />);
    await screen.findByRole('tree');
    expect(titles()).toEqual(['总则', '立法目的', '附则']);
    await saveClip(db, { ...page, outline: [...outline, o(1, '第三章', '新增')] });
    await waitFor(() => expect(titles()).toEqual(['总则', '立法目的', '附则', '新增']));
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual([saved.clip.id]);
  });
});
