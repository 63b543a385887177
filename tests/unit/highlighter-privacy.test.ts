// @vitest-environment jsdom
// The in-page highlighter against a hostile page: its instance cannot be clobbered by an element id, a click the page
// fakes on a highlight opens nothing, and it leaves no marker on the page (no attributes on <html>, no style).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeTextRange } from '../../utils/anchoring';
import { buildTextMap } from '../../utils/anchoring/dom/text-map';
import type { Highlight } from '../../utils/db/schema';
import { Highlighter, type Send } from '../../utils/highlighter/controller';
import { createHost, type OverlayHost } from '../../utils/highlighter/host';
import { highlighterOf, INSTANCE_KEY, keepHighlighter } from '../../utils/highlighter/instance';
import { ok } from '../../utils/result';

const PAGE = '<p id="a">第一条 为了加强河道管理。</p><p id="b">第二条 本办法适用于全省。</p>';

beforeEach(() => {
  document.body.innerHTML = PAGE;
  // jsdom lays nothing out: every text piece is one 10px-per-character line at the top of the page.
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

function setUp(): { hl: Highlighter; host: () => OverlayHost } {
  const text = buildTextMap(document.body, { isHidden: () => false }).text;
  const start = text.indexOf('为了加强');
  const h = {
    id: 'h1',
    clipId: 'c1',
    url: location.href,
    color: 'green',
    note: '秘密批注',
    createdAt: 1,
    updatedAt: 1,
    selectors: describeTextRange(text, start, start + 4, []),
  } as Highlight;
  const send = (async (type: string) =>
    type === 'pageHighlights' ? ok({ clipId: 'c1', outline: [], highlights: [h] }) : ok({})) as unknown as Send;
  let made: OverlayHost | null = null;
  const hl = new Highlighter({
    doc: document,
    send,
    noteUrl: 'chrome-extension://abcdefghijklmnop/note.html',
    extensionId: 'abcdefghijklmnop',
    createHost: (d) => (made = createHost(d)),
  });
  return { hl, host: () => made! };
}

describe('the highlighter instance', () => {
  it('is kept under a Symbol.for key that an element id cannot clobber, and checked by class', () => {
    const { hl } = setUp();
    document.body.insertAdjacentHTML('beforeend', '<a id="__clausemarkHighlighter"></a><a id="clausemark.highlighter"></a>');
    // What a browser's named access on window does with those ids (jsdom does not implement it): only string keys.
    for (const a of Array.from(document.querySelectorAll('a'))) (window as unknown as Record<string, unknown>)[a.id] = a;
    expect(highlighterOf(window)).toBeNull();
    expect(keepHighlighter(window, hl)).toBe(hl);
    expect(highlighterOf(window)).toBe(hl);
    expect(INSTANCE_KEY).toBe(Symbol.for('clausemark.highlighter'));
    expect(Object.keys(window)).not.toContain(String(INSTANCE_KEY)); // not enumerable
    // Anything else in the slot is not taken for ours.
    (window as unknown as Record<symbol, unknown>)[INSTANCE_KEY] = { handle: () => ok({}) };
    expect(highlighterOf(window)).toBeNull();
    (window as unknown as Record<symbol, unknown>)[INSTANCE_KEY] = document.querySelector('a');
    expect(highlighterOf(window)).toBeNull();
  });
});

describe('the highlighter on a page', () => {
  it('paints without writing anything the page can read, and a synthetic click on a highlight opens nothing', async () => {
    const { hl, host } = setUp();
    const htmlAttrs = document.documentElement.getAttributeNames();
    const r = await hl.handle({ action: 'show' });
    expect(r).toEqual(ok({ placed: ['h1'], missing: [] }));
    expect(hl.painted()).toEqual([{ id: 'h1', color: 'green', text: '为了加强' }]);
    expect(document.documentElement.getAttributeNames()).toEqual(htmlAttrs);
    expect(document.querySelectorAll('style, mark, [data-clausemark-id]').length).toBe(0);
    expect(document.querySelector('clausemark-highlighter')?.shadowRoot).toBeNull();
    expect(host().root.querySelectorAll('.hl').length).toBe(1);

    // A page script clicks where the highlight is (what reopened the old panel and exposed the note).
    const p = document.getElementById('a')!;
    for (const x of [45, 55, 65, 75]) p.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: 8 }));
    await new Promise((res) => setTimeout(res, 10));
    expect(host().root.querySelector('iframe')).toBeNull();
    expect(document.querySelectorAll('iframe').length).toBe(0);
    expect(document.body.textContent).not.toContain('秘密批注');
  });

  it('leaves nothing in a page that has no highlights', async () => {
    document.body.innerHTML = '<p>别的页面。</p>';
    const before = document.documentElement.outerHTML;
    const send = (async (type: string) =>
      type === 'pageHighlights' ? ok({ clipId: null, outline: [], highlights: [] }) : ok({})) as unknown as Send;
    const hl = new Highlighter({
      doc: document,
      send,
      noteUrl: 'chrome-extension://abcdefghijklmnop/note.html',
      extensionId: 'abcdefghijklmnop',
    });
    await hl.handle({ action: 'show' });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
