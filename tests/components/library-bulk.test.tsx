// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/library/Library';
import { addToCollection, createCollection, listCollections } from '../../utils/db';
import { setLocale } from '../../utils/i18n';
import { blobBytes, cleanupLibrary, freshDb, seed, titles } from '../helpers/library-ui';

setLocale('en');
const NOW = new Date(2026, 10, 27, 10, 0).getTime();
afterEach(cleanupLibrary);

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
