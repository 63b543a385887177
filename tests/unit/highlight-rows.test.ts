/** The highlight use cases both writers share (utils/db/highlight-rows.ts): the reader and the background's. */
import { describe, expect, it } from 'vitest';
import { addHighlight, highlightsOfClip } from '../../utils/db';
import { addClips, clipRow, freshDb } from '../helpers/library';

const selectors = { quote: '总体要求', prefix: '一、', suffix: '', start: 18, end: 22, outlinePath: ['一、总体要求'] };

describe('addHighlight', () => {
  it('makes the row (new id, the clip and its URL, a copy of the selectors), saves it and counts it', async () => {
    const db = freshDb('rows');
    const clip = clipRow('c1', { updatedAt: 50 });
    await addClips(db, [clip]);
    const a = await addHighlight(db, { clipId: 'c1', url: clip.url }, { selectors, color: 'pink', note: '要点' }, 100);
    const b = await addHighlight(db, { clipId: 'c1', url: clip.url }, { selectors, color: 'yellow', note: '' }, 90);
    expect(a).toMatchObject({ clipId: 'c1', url: clip.url, selectors, color: 'pink', note: '要点', createdAt: 100, updatedAt: 100 });
    expect(a.id).not.toBe(b.id);
    expect(a.selectors.outlinePath).not.toBe(selectors.outlinePath);
    expect((await highlightsOfClip(db, 'c1')).map((h) => h.id)).toEqual([b.id, a.id]); // in the order they were made
    expect((await db.clips.get('c1'))?.highlightCount).toBe(2);
    expect((await db.clips.get('c1'))?.updatedAt).toBe(50);
  });
});
