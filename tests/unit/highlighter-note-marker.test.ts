// @vitest-environment jsdom
// On the live page a highlight with a note carries a marker (a dot on its last box), drawn only inside the
// highlighter's closed root; a highlight without a note has none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeTextRange } from '../../utils/anchoring';
import { buildTextMap } from '../../utils/anchoring/dom/text-map';
import type { Highlight } from '../../utils/db/schema';
import { Highlighter, type Send } from '../../utils/highlighter/controller';
import { createHost, type OverlayHost } from '../../utils/highlighter/host';
import { ok } from '../../utils/result';

beforeEach(() => {
  document.body.innerHTML = '<p id="a">第一条 为了加强河道管理。</p><p id="b">第二条 本办法适用于全省。</p>';
  // every text piece is one 10px-per-character line box
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value(this: Range) {
      return this.startContainer.nodeType === 3
        ? [new DOMRect(this.startOffset * 10, 0, (this.endOffset - this.startOffset) * 10, 16)]
        : [];
    },
  });
});
afterEach(() => {
  delete (Range.prototype as Partial<Range>).getClientRects;
  document.querySelector('clausemark-highlighter')?.remove();
});

function highlight(id: string, quote: string, note: string): Highlight {
  const text = buildTextMap(document.body, { isHidden: () => false }).text;
  const start = text.indexOf(quote);
  return {
    id,
    clipId: 'c1',
    url: location.href,
    color: 'yellow',
    note,
    createdAt: 1,
    updatedAt: 1,
    selectors: describeTextRange(text, start, start + quote.length, []),
  } as Highlight;
}

describe('the note marker on the live page', () => {
  it('marks the highlight with a note, on its last box, inside the closed root only', async () => {
    const hs = [highlight('noted', '为了加强', '重点'), highlight('plain', '本办法', ''), highlight('blank', '适用于', '  ')];
    const send = (async (type: string) =>
      type === 'pageHighlights' ? ok({ clipId: 'c1', outline: [], highlights: hs }) : ok({})) as unknown as Send;
    let host: OverlayHost | null = null;
    const hl = new Highlighter({
      doc: document,
      send,
      noteUrl: 'chrome-extension://x/note.html',
      extensionId: 'x',
      createHost: (d) => (host = createHost(d)),
    });
    await hl.handle({ action: 'show' });
    const dots = [...host!.root.querySelectorAll<HTMLElement>('.hl-note')];
    expect(dots.map((d) => d.dataset.noteOf)).toEqual(['noted']);
    const boxes = [...host!.root.querySelectorAll<HTMLElement>('.hl[data-id="noted"]')];
    const last = boxes[boxes.length - 1]!;
    // at the top-right corner of the last box
    expect(parseFloat(dots[0]!.style.left)).toBeCloseTo(parseFloat(last.style.left) + parseFloat(last.style.width) - 3, 0);
    expect(document.querySelectorAll('.hl-note, [data-note-of]').length).toBe(0);
    expect(document.body.textContent).not.toContain('重点');
  });
});
