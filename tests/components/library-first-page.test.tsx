// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/library/Library';
import { ClausemarkDB, PAGE_SIZE, queryLibrary, saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { makePage } from '../helpers/page';

setLocale('en');
const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});
async function seeded(n: number) {
  const db = new ClausemarkDB(`library-first-${Math.random()}`);
  dbs.push(db);
  for (let i = 1; i <= n; i++)
    await saveClip(db, makePage({ title: `文件${i}`, url: `https://a.cn/${i}`, canonicalUrl: `https://a.cn/${i}` }), Date.UTC(2026, 0, i));
  return db;
}
const titles = () => Array.from(document.querySelectorAll('.library .clip-title')).map((e) => e.textContent);

describe('the popup library opens with its first page', () => {
  it('shows a first page read before rendering in the very first render, with its count', async () => {
    const db = await seeded(3);
    const firstPage = await queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE });
    const onFirstRows = vi.fn();
    render(<Library db={db} openUrl={() => {}} firstPage={firstPage} onFirstRows={onFirstRows} />);
    // no waiting: the rows are there before any database read of the component's own
    expect(titles()).toEqual(['文件3', '文件2', '文件1']);
    expect(screen.getByText('3 clips')).toBeTruthy();
    expect(onFirstRows).toHaveBeenCalledTimes(1);
  });

  it('then follows the database like a list that started empty', async () => {
    const db = await seeded(2);
    const firstPage = await queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE });
    render(<Library db={db} openUrl={() => {}} firstPage={firstPage} />);
    expect(titles()).toEqual(['文件2', '文件1']);
    await saveClip(db, makePage({ title: '新文件', url: 'https://a.cn/new', canonicalUrl: 'https://a.cn/new' }), Date.UTC(2026, 5, 1));
    await waitFor(() => expect(titles()).toEqual(['新文件', '文件2', '文件1']));
  });
});

describe('queryLibrary counts', () => {
  it('counts every clip without a filter and only the matching ones with a date range', async () => {
    const db = await seeded(4);
    expect((await queryLibrary(db, {}, { offset: 0, limit: 2 })).total).toBe(4);
    expect((await queryLibrary(db, { from: Date.UTC(2026, 0, 3) }, { offset: 0, limit: 2 })).total).toBe(2);
  });
});

describe('the first rows', () => {
  it('renders the rows that fit first and the rest right after that frame', async () => {
    const db = await seeded(30);
    const firstPage = await queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE });
    render(<Library db={db} openUrl={() => {}} firstPage={firstPage} />);
    expect(titles()).toHaveLength(12);
    expect(titles()[0]).toBe('文件30');
    expect(screen.getByText('30 clips')).toBeTruthy();
    await waitFor(() => expect(titles()).toHaveLength(30));
    expect(titles().at(-1)).toBe('文件1');
  });

  it('a short first list does not cut a longer one later', async () => {
    const db = await seeded(3);
    render(<Library db={db} openUrl={() => {}} firstPage={await queryLibrary(db, {}, { offset: 0, limit: PAGE_SIZE })} />);
    expect(titles()).toHaveLength(3);
    for (let i = 4; i <= 20; i++)
      await saveClip(
        db,
        makePage({ title: `文件${i}`, url: `https://a.cn/${i}`, canonicalUrl: `https://a.cn/${i}` }),
        Date.UTC(2026, 0, i),
      );
    await waitFor(() => expect(titles()).toHaveLength(20));
  });
});
