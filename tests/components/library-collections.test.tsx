// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../components/library/Library';
import { addToCollection, createCollection, listCollections } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { cleanupLibrary, freshDb, rowOf, seed, titles } from '../helpers/library-ui';

setLocale('en');
afterEach(cleanupLibrary);

describe('library filters', () => {
  it('filters by site and date, shows the active filters as chips, and removes them', async () => {
    const db = freshDb();
    await seed(db);
    render(<Library db={db} openUrl={() => {}} />);
    await waitFor(() => expect(titles()).toEqual(['文件3', '文件2', '文件1']));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const site = screen.getByLabelText('Site') as HTMLSelectElement;
    await waitFor(() => expect(site.options.length).toBe(3));
    fireEvent.change(site, { target: { value: '人民网' } });
    await waitFor(() => expect(titles()).toEqual(['文件2']));
    expect(screen.getByText('Site: 人民网')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Site: 人民网' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Clipped from'), { target: { value: '2026-01-20' } });
    await waitFor(() => expect(titles()).toEqual(['文件3', '文件2']));
    fireEvent.change(screen.getByLabelText('Clipped until'), { target: { value: '2026-01-20' } });
    await waitFor(() => expect(titles()).toEqual(['文件2']));
    expect(screen.getByText('From 2026-01-20')).toBeTruthy();
    expect(screen.getByText('Until 2026-01-20')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Clipped from'), { target: { value: '2026-02-01' } });
    await screen.findByText('No clips match these filters.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
  });

  it('pages the list 50 at a time', async () => {
    const db = freshDb();
    await seed(db, 53);
    render(<Library db={db} openUrl={() => {}} />);
    await waitFor(() => expect(titles()).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Show more (3 more)' }));
    await waitFor(() => expect(titles()).toHaveLength(53));
    expect(screen.queryByText(/Show more/)).toBeNull();
  });
});

describe('collections', () => {
  it('creates, refuses a duplicate, renames and deletes a collection, keeping its clips', async () => {
    const db = freshDb();
    const ids = await seed(db);
    render(<Library db={db} openUrl={() => {}} />);
    fireEvent.click(await screen.findByText('Collections (0)'));
    fireEvent.input(screen.getByLabelText('New collection'), { target: { value: '法规' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByText('Collections (1)');
    expect((await listCollections(db)).map((c) => c.name)).toEqual(['法规']);
    fireEvent.input(screen.getByLabelText('New collection'), { target: { value: '法规' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByRole('alert');
    expect(await listCollections(db)).toHaveLength(1);

    const id = (await listCollections(db))[0]!.id;
    await addToCollection(db, id, ids.slice(0, 2));
    fireEvent.click(screen.getByRole('button', { name: 'Rename “法规”' }));
    fireEvent.input(screen.getByLabelText('New name for “法规”'), { target: { value: '重要法规' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: /重要法规 \(2\)/ });

    // picking a collection filters the list on it
    fireEvent.click(screen.getByRole('button', { name: /重要法规 \(2\)/ }));
    await waitFor(() => expect(titles()).toEqual(['文件2', '文件1']));
    fireEvent.click(screen.getByRole('button', { name: 'Delete “重要法规”' }));
    fireEvent.click(
      within(screen.getByRole('group', { name: /Delete the collection “重要法规”/ })).getByRole('button', { name: 'Delete' }),
    );
    await screen.findByText('Collections (0)');
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(await db.clips.count()).toBe(3);
  });

  it('puts one clip in several collections from its row', async () => {
    const db = freshDb();
    const ids = await seed(db);
    const a = await createCollection(db, 'A');
    const b = await createCollection(db, 'B');
    render(<Library db={db} openUrl={() => {}} />);
    await screen.findByText('文件1');
    fireEvent.click(await screen.findByRole('button', { name: 'Collections of “文件1”' }));
    const boxes = within(rowOf('文件1')).getAllByRole('checkbox').slice(1) as HTMLInputElement[];
    await waitFor(() => expect(boxes[0]!.disabled).toBe(false));
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[1]!);
    await waitFor(async () => expect((await listCollections(db)).map((c) => c.count)).toEqual([1, 1]));
    fireEvent.click(boxes[0]!);
    await waitFor(async () =>
      expect((await listCollections(db)).map((c) => [c.name, c.count])).toEqual([
        ['A', 0],
        ['B', 1],
      ]),
    );
    expect(a.ok && b.ok && ids.length).toBe(3);
  });
});
