// @vitest-environment jsdom
/** A notice's 附件 and an attachment's notice, in the library page's preview and the reader (issue 18). */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibPreview } from '../../components/libpage/LibPreview';
import { ReaderMeta } from '../../components/reader/ReaderMeta';
import { deleteClips } from '../../utils/db';
import { toRows } from '../../utils/library';
import { clipRow } from '../helpers/library';
import { deleteDbs, trackedDb } from '../helpers/db';

afterEach(async () => {
  cleanup();
  await deleteDbs();
});

const notice = clipRow('notice', { title: '关于印发某某办法的通知' });
const a1 = clipRow('a1', { title: '某某实施细则', attachmentOf: 'notice', attachmentName: '附件1：某某实施细则' });
const a2 = clipRow('a2', { title: '申报表', attachmentOf: 'notice', attachmentName: '附件2：申报表' });

async function seeded() {
  const db = trackedDb('att-links');
  await db.clips.bulkAdd([notice, a1, a2]);
  return db;
}

describe('attachment links', () => {
  it('the library preview of a notice lists its attachments, each opening its clip', async () => {
    const db = await seeded();
    const onRead = vi.fn();
    const [row] = toRows([notice, a1, a2], []);
    expect(row!.attachments).toBe(2);
    render(<LibPreview db={db} row={row} onRead={onRead} />);
    await screen.findByRole('heading', { name: 'Attachments (2)' });
    fireEvent.click(screen.getByRole('link', { name: '附件2：申报表' }));
    expect(onRead).toHaveBeenCalledWith('a2');
    expect(screen.getByRole('link', { name: '附件1：某某实施细则' }).getAttribute('href')).toBe('reader.html?clip=a1');
  });

  it('an attachment in the reader links back to its notice', async () => {
    const db = await seeded();
    render(<ReaderMeta clip={a1} db={db} />);
    const back = await screen.findByRole('link', { name: '关于印发某某办法的通知' });
    expect(back.getAttribute('href')).toBe('?clip=notice');
    expect(back.parentElement!.textContent).toMatch(/^Attachment of/);
  });

  it('shows no link once the notice is deleted (never a broken one)', async () => {
    const db = await seeded();
    render(<ReaderMeta clip={a1} db={db} />);
    await screen.findByRole('link', { name: '关于印发某某办法的通知' });
    await deleteClips(db, ['notice']);
    await waitFor(() => expect(screen.queryByText(/Attachment of/)).toBeNull());
  });
});

describe('deleting a notice in the popup library', () => {
  it('says its attachments stay as ordinary clips', async () => {
    const { Library } = await import('../../components/library/Library');
    const db = await seeded();
    render(<Library db={db} openUrl={() => {}} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select “关于印发某某办法的通知”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    fireEvent.click(within(screen.getByRole('group', { name: /Delete this clip/ })).getByRole('button', { name: 'Delete' }));
    await screen.findByText(/2 attachments of the deleted notices stay in the library as ordinary clips/);
    expect((await db.clips.toArray()).map((c) => [c.id, c.attachmentOf])).toEqual([
      ['a1', undefined],
      ['a2', undefined],
    ]);
  });
});

describe('deleting a notice on the library page', () => {
  it('says its attachments stay, and Undo links them again', async () => {
    const { LibraryPage } = await import('../../components/libpage/LibraryPage');
    const { ok } = await import('../../utils/result');
    const db = await seeded();
    await db.clipBodies.bulkAdd([notice, a1, a2].map((c) => ({ clipId: c.id, html: '', text: c.title, outline: [] })));
    render(<LibraryPage db={db} search={async () => ok<string[]>([])} onViewChange={() => {}} openReader={() => {}} openUrl={() => {}} />);
    const rowOf = async (id: string) =>
      waitFor(() => screen.getAllByRole('row').find((r) => r.getAttribute('data-id') === id) ?? Promise.reject(new Error('no row')));
    const row = await rowOf('notice');
    expect(row.textContent).toContain('关于印发某某办法的通知 · 2 attachments');
    fireEvent.click(row);
    fireEvent.keyDown(row, { key: 'Delete' });
    await screen.findByText('Deleted 1 clip. 2 attachments of the deleted notices stay in the library as ordinary clips.');
    expect(await db.clips.where('attachmentOf').equals('notice').count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.clips.where('attachmentOf').equals('notice').count()).toBe(2));
  });
});
