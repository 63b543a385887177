// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/library/Library';
import { markPieces } from '../../components/library/LibrarySnippet';
import { ClausemarkDB, saveClip, type Clip, type LibraryFilter } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import type { SearchPage } from '../../utils/model';
import type { Result } from '../../utils/result';
import { makePage } from '../helpers/page';

setLocale('en');
const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`library-search-${Math.random()}`);
  dbs.push(db);
  return db;
}
async function seed(db: ClausemarkDB) {
  const a = await saveClip(db, makePage({ title: '河道管理条例', url: 'https://a.cn/1', canonicalUrl: 'https://a.cn/1' }), 1000);
  const b = await saveClip(
    db,
    makePage({ title: 'Data Act', url: 'https://b.eu/2', canonicalUrl: 'https://b.eu/2', siteName: 'EUR-Lex', lang: 'en' }),
    2000,
  );
  return [a.clip, b.clip] as [Clip, Clip];
}
const page = (hits: SearchPage['hits'], total = hits.length): Result<SearchPage> => ({ ok: true, value: { total, hits, tookMs: 3 } });
const input = () => screen.getByRole('searchbox', { name: 'Search the library' }) as HTMLInputElement;

describe('library search', () => {
  it('searches once after typing stops and shows hits with their marked snippets, as text only', async () => {
    const db = freshDb();
    const [river] = await seed(db);
    const search = vi.fn(async () =>
      page([
        {
          clip: { ...river, highlightCount: 2, policy: { ...river.policy, docNumber: '国令第3号', issuer: '国务院' } },
          score: 1,
          snippets: [
            { field: 'text', text: '……加强河道管理，保障防洪安全……', marks: [[4, 6]] },
            { field: 'note', text: '<b>注意</b>河道范围', marks: [[9, 11]] },
            { field: 'highlight', text: '河道整治', marks: [[0, 2]] },
            { field: 'text', text: 'a fourth snippet is not shown', marks: [] },
          ],
        },
      ]),
    );
    render(<Library db={db} openUrl={() => {}} search={search} />);
    await screen.findByText('Data Act');
    for (const q of ['河', '河道', '河道 ']) fireEvent.input(input(), { target: { value: q } });
    await screen.findByText('1 result');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('河道', {}, 0, 20);
    expect(screen.queryByText('Data Act')).toBeNull();
    const row = screen.getAllByRole('listitem')[0]!;
    expect(row.textContent).toContain('国令第3号 · 国务院');
    expect(row.textContent).toContain('2 highlights');
    expect(Array.from(row.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['河道', '河道', '河道']);
    expect(row.querySelectorAll('.snippet')).toHaveLength(3);
    // a snippet is never parsed as HTML
    expect(row.querySelector('b')).toBeNull();
    expect(row.textContent).toContain('Note<b>注意</b>河道范围');
  });

  it('Esc clears the search and brings the list back', async () => {
    const db = freshDb();
    const [river] = await seed(db);
    const search = vi.fn(async () => page([{ clip: river, score: 1, snippets: [] }]));
    render(<Library db={db} openUrl={() => {}} search={search} />);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: '河道' } });
    await screen.findByText('1 result');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().value).toBe('');
    await screen.findByText('Data Act');
    await screen.findByText('2 clips');
  });

  it('says when nothing matches and offers to clear the search and the filters', async () => {
    const db = freshDb();
    await seed(db);
    const search = vi.fn(async (_q: string, _f: LibraryFilter) => page([]));
    render(<Library db={db} openUrl={() => {}} search={search} />);
    await screen.findByText('Data Act');
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(screen.getByLabelText('Has highlights'));
    fireEvent.input(input(), { target: { value: 'zzz' } });
    await screen.findByText(/No results for “zzz”/);
    // the filters apply to the search too
    expect(search).toHaveBeenLastCalledWith('zzz', { hasHighlights: true }, 0, 20);
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await screen.findByText('Data Act');
    expect(input().value).toBe('');
    expect(screen.queryByText('With highlights')).toBeNull();
  });

  it('asks for 20 results a page and 20 more on "Show more"; the list behind it still pages by 50', async () => {
    const db = freshDb();
    const [river] = await seed(db);
    const search = vi.fn(async () => page([{ clip: river, score: 1, snippets: [] }], 45));
    render(<Library db={db} openUrl={() => {}} search={search} />);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: '河道' } });
    await screen.findByText('45 results');
    expect(search).toHaveBeenLastCalledWith('河道', {}, 0, 20);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (44 more)' }));
    await waitFor(() => expect(search).toHaveBeenLastCalledWith('河道', {}, 0, 40));
  });

  it('shows a failed search as an error', async () => {
    const db = freshDb();
    await seed(db);
    const search = async (): Promise<Result<SearchPage>> => ({ ok: false, error: { code: 'internal', message: 'index unavailable' } });
    render(<Library db={db} openUrl={() => {}} search={search} />);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'x' } });
    expect((await screen.findByRole('alert')).textContent).toBe('The search failed: index unavailable');
  });

  it('a title opens the reader; "Original page" opens the page', async () => {
    const db = freshDb();
    const [river] = await seed(db);
    const openReader = vi.fn();
    const openUrl = vi.fn();
    render(<Library db={db} openUrl={openUrl} openReader={openReader} />);
    fireEvent.click(await screen.findByText('河道管理条例'));
    expect(openReader).toHaveBeenCalledWith(river.id);
    fireEvent.click(screen.getByRole('button', { name: 'Open the original page of “河道管理条例”' }));
    expect(openUrl).toHaveBeenCalledWith('https://a.cn/1');
  });
});

describe('markPieces', () => {
  it('splits text around sorted, clamped, non-overlapping marks', () => {
    expect(
      markPieces('abcdef', [
        [4, 9],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: true },
      { text: 'd', marked: false },
      { text: 'ef', marked: true },
    ]);
  });
});
