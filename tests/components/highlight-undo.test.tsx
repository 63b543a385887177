// @vitest-environment jsdom
// Deleting a highlight offers Undo for a few seconds, and Undo brings back the very row, note included.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHighlights } from '../../components/page/PageHighlights';
import { useUndoDelete } from '../../components/use-undo-delete';
import { UNDO_MS } from '../../components/UndoToast';
import { restoreHighlight, saveClip, type ClausemarkDB, type Highlight } from '../../utils/db';
import { makePage } from '../helpers/page';
import { cleanupPopup, freshDb } from '../helpers/popup';

afterEach(cleanupPopup);

async function withNoted(): Promise<{ db: ClausemarkDB; row: Highlight }> {
  const db = freshDb();
  const { clip } = await saveClip(db, makePage({ url: 'https://a.cn/law', canonicalUrl: 'https://a.cn/law' }));
  const row: Highlight = {
    id: 'h1',
    clipId: clip.id,
    url: 'https://a.cn/law',
    selectors: { quote: '河道管理', prefix: '', suffix: '', start: 10, end: 14, outlinePath: ['第一条'] },
    color: 'green',
    note: '注意适用范围',
    createdAt: 5,
    updatedAt: 6,
  };
  await db.highlights.add(row);
  return { db, row };
}

const show = async () => ({ ok: true as const, value: { placed: ['h1'], missing: [] } });

describe('delete with undo', () => {
  it('the page highlights (popup, side panel): delete, then Undo brings the highlight and its note back', async () => {
    const { db, row } = await withNoted();
    const clipId = row.clipId;
    render(<PageHighlights db={db} tabId={1} clipId={clipId} showHighlights={show} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete this highlight' }));
    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('Highlight and its note deleted.');
    expect(await db.highlights.get('h1')).toBeUndefined();
    expect((await db.clips.get(clipId))?.highlightCount).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.highlights.get('h1')).toEqual(row));
    expect((await db.clips.get(clipId))?.highlightCount).toBe(1);
    await screen.findByRole('button', { name: 'Delete this highlight' });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('the toast goes when its time is up (8 s by default) and the deletion stands', async () => {
    const { db } = await withNoted();
    function Probe() {
      const u = useUndoDelete(db, 400);
      return (
        <div>
          <button type="button" onClick={() => void u.remove('h1')}>
            del
          </button>
          {u.toast}
        </div>
      );
    }
    render(<Probe />);
    fireEvent.click(screen.getByRole('button', { name: 'del' }));
    await screen.findByRole('button', { name: 'Undo' });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull(), { timeout: 1000 });
    expect(await db.highlights.get('h1')).toBeUndefined();
    expect(UNDO_MS).toBe(8000);
  });

  it('restoring does nothing when the clip was deleted meanwhile or the row is back already', async () => {
    const { db, row } = await withNoted();
    expect(await restoreHighlight(db, row)).toBe(false); // still there
    await db.highlights.delete('h1');
    await db.clips.delete(row.clipId);
    expect(await restoreHighlight(db, row)).toBe(false);
    expect(await db.highlights.count()).toBe(0);
  });
});
