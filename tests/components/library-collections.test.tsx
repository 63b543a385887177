// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/library/Library';
import { addToCollection, ClausemarkDB, createCollection, listCollections, saveClip } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { makePage } from '../helpers/page';

setLocale('en');
const NOW = new Date(2026, 10, 27, 10, 0).getTime();
const dbs: ClausemarkDB[] = [];
afterEach(async () => {
  cleanup();
  for (const db of dbs.splice(0)) await db.delete();
});
function freshDb() {
  const db = new ClausemarkDB(`library-coll-${Math.random()}`);
  dbs.push(db);
  return db;
}
async function seed(db: ClausemarkDB, n = 3) {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const { clip } = await saveClip(
      db,
      makePage({
        title: `文件${i}`,
        url: `https://a.cn/${i}`,
        canonicalUrl: `https://a.cn/${i}`,
        siteName: i % 2 ? '中国政府网' : '人民网',
      }),
      new Date(2026, 0, i * 10).getTime(),
    );
    ids.push(clip.id);
  }
  return ids;
}
/** jsdom's Blob has neither text() nor arrayBuffer(); a browser's has both. */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
const titles = () => Array.from(document.querySelectorAll('.library .clip-title')).map((e) => e.textContent);
const rowOf = (title: string) => screen.getByText(title).closest('li')!;

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

describe('multi-select and bulk actions', () => {
  it('adds a selection to a collection, removes it from the current collection, and deletes after confirming', async () => {
    const db = freshDb();
    await seed(db);
    await createCollection(db, '法规');
    render(<Library db={db} openUrl={() => {}} />);
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “文件1”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “文件3”' }));
    const bar = screen.getByRole('region', { name: 'Selected clips' });
    expect(bar.textContent).toContain('2 selected');
    const collectionId = (await listCollections(db))[0]!.id;
    const target = within(bar).getByLabelText('Add to collection…') as HTMLSelectElement;
    await waitFor(() => expect(target.options).toHaveLength(2));
    fireEvent.change(target, { target: { value: collectionId } });
    const add = within(bar).getByRole('button', { name: 'Add' }) as HTMLButtonElement;
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.click(add);
    await screen.findByText('Added 2 clips to “法规”.');
    expect((await listCollections(db))[0]!.count).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(screen.getByLabelText('Collection'), { target: { value: (await listCollections(db))[0]!.id } });
    await waitFor(() => expect(titles()).toEqual(['文件3', '文件1']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove from “法规”' }));
    await screen.findByText('Removed 2 clips from “法规”.');
    await screen.findByText('No clips match these filters.');
    expect(await db.clips.count()).toBe(3);

    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: In “法规”' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “文件2”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(await db.clips.count()).toBe(3);
    fireEvent.click(within(screen.getByRole('group', { name: /Delete this clip/ })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(titles()).toEqual(['文件3', '文件1']));
    expect(await db.clips.count()).toBe(2);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selected clips' })).toBeNull());
  });

  it('exports the selection, a collection or everything through download', async () => {
    const db = freshDb();
    const ids = await seed(db);
    const coll = await createCollection(db, '法规 2026');
    if (!coll.ok) throw new Error(coll.error.message);
    await addToCollection(db, coll.value.id, [ids[0]!, ids[2]!]);
    const download = vi.fn<(name: string, blob: Blob) => void>();
    render(<Library db={db} openUrl={() => {}} download={download} now={() => NOW} />);
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “文件2”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export selection…' }));
    const what = screen.getByLabelText('What to export') as HTMLSelectElement;
    expect(what.value).toBe('selection');
    fireEvent.click(screen.getByRole('button', { name: 'Markdown (.zip)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [mdName, mdBlob] = download.mock.calls[0]!;
    expect(mdName).toBe('文件2.md'); // one clip: a plain .md, not a zip
    expect(strFromU8(await blobBytes(mdBlob))).toContain('title: "文件2"');

    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    fireEvent.click(screen.getByRole('button', { name: /法规 2026 \(2\)/ }));
    await waitFor(() => expect(what.value).toBe('collection'));
    fireEvent.click(screen.getByRole('button', { name: 'Markdown (.zip)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [zipName, zipBlob] = download.mock.calls[1]!;
    expect(zipName).toBe('clausemark-法规-2026-2026-11-27.zip');
    const files = unzipSync(await blobBytes(zipBlob));
    expect(Object.keys(files).sort()).toEqual(['文件1.md', '文件3.md']);
    expect(strFromU8(files['文件1.md']!)).toContain('法规 2026');

    fireEvent.change(what, { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Highlights (.csv)' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(3));
    expect(download.mock.calls[2]![0]).toBe('clausemark-highlights-2026-11-27.csv');
  });
});
