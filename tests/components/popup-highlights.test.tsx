// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { siteAutoShow } from '../../utils/clipper/auto-show-wiring';
import { saveClip } from '../../utils/db';
import { makePage } from '../helpers/page';
import { cleanupPopup, freshDb, okClip } from '../helpers/popup';

afterEach(cleanupPopup);

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
    // the library's rows have empty status regions of their own (copy-clip-status): look for this one
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .map((s) => s.textContent)
          .join('|'),
      ).toMatch(/not on the page/),
    );
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
