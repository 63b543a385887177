// @vitest-environment jsdom
// Highlighting by the shortcut (or the menu) while the selection toolbar is up: the toolbar goes, and so does the
// selection, also when the shortcut's Shift key-up offers the toolbar again while the page is being clipped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../utils/db/schema';
import { Highlighter, type Send } from '../../utils/highlighter/controller';
import { createHost, type OverlayHost } from '../../utils/highlighter/host';
import { ok } from '../../utils/result';

beforeEach(() => {
  document.body.innerHTML = '<p id="a">第一条 为了加强河道管理。</p><p id="b">第二条 本办法适用于全省。</p>';
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value: () => [new DOMRect(0, 0, 40, 16)],
  });
  Object.defineProperty(Range.prototype, 'getBoundingClientRect', { configurable: true, value: () => new DOMRect(0, 0, 40, 16) });
});
afterEach(() => {
  delete (Range.prototype as Partial<Range>).getClientRects;
  delete (Range.prototype as Partial<Range>).getBoundingClientRect;
  document.querySelector('clausemark-highlighter')?.remove();
});

function select(text: string): void {
  const node = document.getElementById('a')!.firstChild!;
  const at = node.textContent!.indexOf(text);
  const r = document.createRange();
  r.setStart(node, at);
  r.setEnd(node, at + text.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(r);
}

function setUp(saveDelay: Promise<void>) {
  let host: OverlayHost | null = null;
  const send = (async (type: string, data: { selectors: Highlight['selectors']; color: Highlight['color'] }) => {
    if (type === 'pageHighlights') return ok({ clipId: 'c1', outline: [], highlights: [] });
    if (type === 'saveHighlight') {
      await saveDelay;
      return ok({ id: 'h1', clipId: 'c1', url: '', note: '', createdAt: 1, updatedAt: 1, ...data });
    }
    return ok({});
  }) as unknown as Send;
  const hl = new Highlighter({
    doc: document,
    send,
    noteUrl: 'chrome-extension://x/note.html',
    extensionId: 'x',
    createHost: (d) => (host = createHost(d)),
  });
  // what a trusted mouse-up or Shift key-up on the page does (page-events.ts drops synthetic ones)
  const offer = () => (hl as unknown as { offerToolbar(): void }).offerToolbar();
  const toolbarOpen = () => !!host && !(host.root.querySelector('[role="toolbar"]') as HTMLElement).hidden;
  return { hl, offer, toolbarOpen };
}

describe('the shortcut with the toolbar up', () => {
  it('hides the toolbar and clears the selection once the highlight is saved', async () => {
    const { hl, offer, toolbarOpen } = setUp(Promise.resolve());
    await hl.handle({ action: 'show' });
    select('为了加强');
    offer();
    expect(toolbarOpen()).toBe(true);
    const r = await hl.handle({ action: 'highlightSelection', color: 'yellow' });
    expect(r.ok).toBe(true);
    expect(toolbarOpen()).toBe(false);
    expect(document.getSelection()!.isCollapsed).toBe(true);
    offer(); // the key-up that follows offers nothing: the selection is gone
    expect(toolbarOpen()).toBe(false);
  });

  it('hides a toolbar offered by the Shift key-up while the save is on its way', async () => {
    let release!: () => void;
    const { hl, offer, toolbarOpen } = setUp(new Promise<void>((res) => (release = res)));
    await hl.handle({ action: 'show' });
    select('河道管理');
    const pending = hl.handle({ action: 'highlightSelection', color: 'green' });
    await new Promise((res) => setTimeout(res, 0));
    offer();
    expect(toolbarOpen()).toBe(true);
    release();
    await pending;
    expect(toolbarOpen()).toBe(false);
  });
});
