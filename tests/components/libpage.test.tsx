// @vitest-environment jsdom
/**
 * The library page (components/libpage): facets filter and count, headers sort (aria-sort), the view goes to the
 * URL callback, click / Shift-click / Ctrl-click and the keyboard select, Enter opens the reader, Delete deletes
 * with an Undo that brings the clips back, search narrows through the background's ids, and the links to the page.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../components/libpage/LibraryPage';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp } from '../../components/PopupApp';
import { addToCollection, createCollection, type ClausemarkDB } from '../../utils/db';
import { DEFAULT_VIEW, type LibView } from '../../utils/library';
import { emptyPolicy } from '../../utils/model';
import { ok } from '../../utils/result';
import { addClips, clipRow, freshDb, highlightRow } from '../helpers/library';

afterEach(cleanup);

const DOCS: [string, string, string, string][] = [
  ['a', '国务院', '国发〔2019〕12号', '2019-05-01'],
  ['b', '国务院', '国发〔2019〕3号', '2019-02-01'],
  ['c', '国务院', '国发〔2018〕41号', '2018-03-04'],
  ['d', '国务院办公厅', '国办发〔2019〕5号', '2019-07-01'],
  ['e', '财政部', '财税〔2019〕13号', '2019-01-09'],
];

async function library(): Promise<ClausemarkDB> {
  const db = freshDb('libpage');
  await addClips(
    db,
    DOCS.map(([id, issuer, docNumber, writtenDate], i) =>
      clipRow(id, { title: `文件${id}`, updatedAt: 1000 + i, policy: { ...emptyPolicy(), issuer, docNumber, writtenDate } }),
    ),
  );
  await db.highlights.add(highlightRow('h1', 'a', { note: '要点批注' }));
  await db.clips.update('a', { highlightCount: 1, source: 'pdf', pageCount: 12 });
  return db;
}

function renderPage(db: ClausemarkDB, over: Partial<Parameters<typeof LibraryPage>[0]> = {}) {
  const props = {
    db,
    search: vi.fn(async () => ok<string[]>([])),
    onViewChange: vi.fn<(v: LibView) => void>(),
    openReader: vi.fn(),
    openUrl: vi.fn(),
    ...over,
  };
  render(<LibraryPage {...props} />);
  return props;
}

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-id'));
const shownIds = () => bodyRows().map((r) => r.getAttribute('data-id'));
const facetButton = (facet: string, name: string) =>
  within(screen.getByRole('region', { name: facet })).getByRole('button', { name: new RegExp(`^${name}\\s*\\d+$`) });

describe('library page', () => {
  it('filters by 发文机关 and year with counts, shows chips, and reports the view for the URL', async () => {
    const db = await library();
    const p = renderPage(db);
    await screen.findByText('5 of 5 clips'); // the whole table read (the newest rows may show before)
    expect(facetButton('Issuer', '国务院').textContent).toMatch(/3$/);
    fireEvent.click(facetButton('Issuer', '国务院'));
    await waitFor(() => expect(shownIds().sort()).toEqual(['a', 'b', 'c']));
    // year counts now follow the issuer
    expect(facetButton('Year', '2019').textContent).toMatch(/2$/);
    fireEvent.click(facetButton('Year', '2019'));
    await waitFor(() => expect(shownIds().sort()).toEqual(['a', 'b']));
    expect(p.onViewChange).toHaveBeenLastCalledWith({ ...DEFAULT_VIEW, facets: { issuer: '国务院', year: '2019' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Issuer: 国务院' }));
    await waitFor(() => expect(shownIds().sort()).toEqual(['a', 'b', 'd', 'e']));
  });

  it('opens on the view it is given, and sorts 文号 by issuer code, year and number from the header', async () => {
    const db = await library();
    renderPage(db, { initialView: { ...DEFAULT_VIEW, facets: { issuer: '国务院' } } });
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    const header = screen.getByRole('columnheader', { name: 'Doc. No.' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(shownIds()).toEqual(['c', 'b', 'a']));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(shownIds()).toEqual(['a', 'b', 'c']));
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('selects with click, Shift-click, Ctrl-click and the keyboard; Enter opens the reader; the preview shows notes', async () => {
    const db = await library();
    const p = renderPage(db, { initialView: { ...DEFAULT_VIEW, sort: 'docNumber', dir: 'asc' } });
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    // 财税 < 国办发 < 国发 in Chinese collation: e, d, c, b, a
    expect(shownIds()).toEqual(['e', 'd', 'c', 'b', 'a']);
    const row = (id: string) => bodyRows().find((r) => r.getAttribute('data-id') === id)!;
    const selected = () =>
      bodyRows()
        .filter((r) => r.getAttribute('aria-selected') === 'true')
        .map((r) => r.getAttribute('data-id'));
    fireEvent.click(row('d'));
    fireEvent.click(row('b'), { shiftKey: true });
    expect(selected()).toEqual(['d', 'c', 'b']);
    fireEvent.click(row('c'), { ctrlKey: true });
    expect(selected()).toEqual(['d', 'b']);
    screen.getByText('2 selected');
    fireEvent.keyDown(row('c'), { key: 'ArrowDown', shiftKey: true });
    expect(selected()).toEqual(['c', 'b']); // a range from the anchor (c) to b
    fireEvent.keyDown(row('b'), { key: 'ArrowDown' });
    expect(selected()).toEqual(['a']);
    await screen.findByText('要点批注'); // the preview of a, its highlight's note
    screen.getByText('PDF · 12 pages'); // and what a was: a PDF of 12 pages
    fireEvent.keyDown(row('a'), { key: 'a', ctrlKey: true });
    expect(selected()).toHaveLength(5);
    fireEvent.keyDown(row('a'), { key: 'Enter' });
    expect(p.openReader).toHaveBeenCalledWith('a');
  });

  it('deletes with Delete and brings the clips back with Undo, highlights and memberships included', async () => {
    const db = await library();
    const col = await createCollection(db, '专题');
    if (!col.ok) throw new Error('no collection');
    await addToCollection(db, col.value.id, ['a', 'b']);
    renderPage(db);
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    const a = bodyRows().find((r) => r.getAttribute('data-id') === 'a')!;
    fireEvent.click(a);
    fireEvent.click(
      bodyRows().find((r) => r.getAttribute('data-id') === 'b')!,
      { ctrlKey: true },
    );
    fireEvent.keyDown(a, { key: 'Delete' });
    await screen.findByText('Deleted 2 clips.');
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(await db.highlights.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored 2 clips.');
    await waitFor(() => expect(bodyRows()).toHaveLength(5));
    expect(await db.highlights.get('h1')).toMatchObject({ note: '要点批注' });
    expect(await db.memberships.count()).toBe(2);
  });

  it('narrows to the search matches the background answers, in its order', async () => {
    const db = await library();
    const search = vi.fn(async (q: string) => ok(q === '国发〔2019〕' ? ['b', 'a'] : []));
    renderPage(db, { search, initialView: { ...DEFAULT_VIEW, q: '国发〔2019〕' } });
    await waitFor(() => expect(shownIds()).toEqual(['b', 'a']));
    expect(search).toHaveBeenCalledWith('国发〔2019〕');
    screen.getByText('Search: 国发〔2019〕');
  });

  it('adds clips dropped on a collection, dragging the selection when a selected row is dragged', async () => {
    const db = await library();
    const col = await createCollection(db, '专题');
    if (!col.ok) throw new Error('no collection');
    renderPage(db);
    await screen.findByText('5 of 5 clips');
    const row = (id: string) => bodyRows().find((r) => r.getAttribute('data-id') === id)!;
    fireEvent.click(row('a'));
    fireEvent.click(row('c'), { ctrlKey: true });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      effectAllowed: '',
    };
    fireEvent.dragStart(row('c'), { dataTransfer });
    fireEvent.drop(await screen.findByRole('button', { name: /^专题\s*0$/ }), { dataTransfer });
    await screen.findByText('Added 2 clips to “专题”.');
    expect((await db.memberships.toArray()).map((m) => m.clipId).sort()).toEqual(['a', 'c']);
  });

  it('sets a collection description', async () => {
    const db = await library();
    const col = await createCollection(db, '专题');
    if (!col.ok) throw new Error('no collection');
    await addToCollection(db, col.value.id, ['a']);
    renderPage(db, { initialView: { ...DEFAULT_VIEW, facets: { collection: col.value.id } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit description' }, { timeout: 5000 }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Description of “专题”' }), { target: { value: '减税降费文件' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('减税降费文件');
    expect((await db.collections.get(col.value.id))?.description).toBe('减税降费文件');
  });
});

describe('links to the library page', () => {
  it('the popup has an "Open library" button; the options page a link', async () => {
    const openLibraryPage = vi.fn();
    const db = freshDb('libpage-links');
    render(
      <PopupApp
        db={db}
        tab={null}
        clip={async () => ({ ok: false, error: { code: 'no-tab', message: '' } })}
        openUrl={() => {}}
        openLibraryPage={openLibraryPage}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Open library' }));
    expect(openLibraryPage).toHaveBeenCalledOnce();
    cleanup();
    render(<OptionsApp db={db} save={() => {}} />);
    expect(screen.getByRole('link', { name: 'Open library' }).getAttribute('href')).toBe('/library.html');
  });
});
