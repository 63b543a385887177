// @vitest-environment jsdom
// Deleting a highlight from the live page's note frame offers Undo; Undo brings the row back with its note, both
// through the frame's own store and through the background (which keeps the row: the frame sends the id only).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotePanel } from '../../components/note/NotePanel';
import { noteHighlight } from '../../utils/clipper/highlights';
import { RecentlyDeleted } from '../../utils/clipper/recently-deleted';
import { saveClip, type ClausemarkDB, type Highlight } from '../../utils/db';
import type { NoteSignal } from '../../utils/note/channel';
import { dbStore, messageStore } from '../../utils/note/store';
import { makePage } from '../helpers/page';
import { freshDb } from '../helpers/library';

afterEach(cleanup);

async function withNoted(): Promise<{ db: ClausemarkDB; row: Highlight }> {
  const db = freshDb('note-undo');
  const { clip } = await saveClip(db, makePage({ url: 'https://a.cn/law', canonicalUrl: 'https://a.cn/law' }));
  const row: Highlight = {
    id: 'h1',
    clipId: clip.id,
    url: 'https://a.cn/law',
    selectors: { quote: '河道管理', prefix: '', suffix: '', start: 10, end: 14, outlinePath: [] },
    color: 'blue',
    note: '注意适用范围',
    createdAt: 5,
    updatedAt: 6,
  };
  await db.highlights.add(row);
  return { db, row };
}

describe('the note frame', () => {
  it('stays open after Delete with Undo, which brings the highlight and its note back', async () => {
    const { db, row } = await withNoted();
    const signals: NoteSignal['type'][] = [];
    render(<NotePanel store={dbStore(db)} id="h1" signal={(s) => signals.push(s.type)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByText('Highlight and its note deleted.');
    expect(await db.highlights.get('h1')).toBeUndefined();
    expect(signals).toEqual(['changed']); // the page repaints without it; the frame stays for the Undo
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.highlights.get('h1')).toEqual(row));
    expect(((await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement).value).toBe('注意适用范围');
    expect(signals).toEqual(['changed', 'changed']);
  });

  it('through the background: the row comes from the background, once, and not after its time', async () => {
    const { db, row } = await withNoted();
    const recent = new RecentlyDeleted(1000);
    let now = 100;
    const store = messageStore((op) => noteHighlight(db, op, now, recent));
    await store.remove('h1');
    expect(await db.highlights.get('h1')).toBeUndefined();
    expect(await store.restore('h1')).toEqual(row);
    expect(await db.highlights.get('h1')).toEqual(row);
    expect(await store.restore('h1')).toBeNull(); // once
    await store.remove('h1');
    now += 1001;
    expect(await store.restore('h1')).toBeNull(); // too late: the deletion stands
    expect(await db.highlights.get('h1')).toBeUndefined();
  });
});
