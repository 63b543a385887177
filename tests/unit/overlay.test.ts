// @vitest-environment jsdom
// The live page's overlay painter and toolbar: boxes in a closed shadow root, nothing else in the page, and only
// trusted clicks act. jsdom lays nothing out, so text rects are faked from offsets: x = 10px a character, y = 20px a
// paragraph.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaintItem } from '../../utils/anchoring/dom/place';
import { buildTextMap, offsetsToRange } from '../../utils/anchoring/dom/text-map';
import { createHost, type OverlayHost } from '../../utils/highlighter/host';
import { createOverlay } from '../../utils/highlighter/overlay';
import { createUi } from '../../utils/highlighter/ui';

const PAGE = '<p id="a">第一条 为了加强<b>河道</b>管理。</p><p id="b">第二条 本办法适用于全省。</p>';

function fakeLayout() {
  const paragraphs = () => Array.from(document.querySelectorAll('p'));
  // jsdom has neither method on Range
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value(this: Range) {
      const n = this.startContainer;
      if (n.nodeType !== 3 || n !== this.endContainer) return [];
      const y = paragraphs().indexOf(n.parentElement!.closest('p')!) * 20;
      return [new DOMRect(this.startOffset * 10, y, (this.endOffset - this.startOffset) * 10, 16)];
    },
  });
  Object.defineProperty(Range.prototype, 'getBoundingClientRect', { configurable: true, value: () => new DOMRect(0, 0, 50, 16) });
}

const rangeOf = (quote: string) => {
  const map = buildTextMap(document.body, { isHidden: () => false });
  const s = map.text.indexOf(quote);
  return offsetsToRange(map, document, s, s + quote.length)!;
};
const boxes = (host: OverlayHost) => Array.from(host.root.querySelectorAll<HTMLElement>('.hl'));
const pageHtml = () => document.body.innerHTML;

beforeEach(() => {
  document.body.innerHTML = PAGE;
  fakeLayout();
});
afterEach(() => {
  delete (Range.prototype as Partial<Range>).getClientRects;
  delete (Range.prototype as Partial<Range>).getBoundingClientRect;
  document.documentElement.querySelector('clausemark-highlighter')?.remove();
});

describe('the overlay painter', () => {
  it('draws one box per text rect, in a closed root, and adds nothing else to the page', () => {
    const host = createHost(document);
    const p = createOverlay(document, host);
    const before = pageHtml();
    const items: PaintItem[] = [
      { id: 'h1', color: 'green', range: rangeOf('加强河道管理') }, // three text nodes: 加强 | 河道 | 管理
      { id: 'h2', color: 'pink', range: rangeOf('本办法') },
    ];
    p.paint(items);
    const hostEl = document.querySelector('clausemark-highlighter')!;
    expect(hostEl).toBeTruthy();
    expect(hostEl.shadowRoot).toBeNull(); // closed
    expect(hostEl.attributes.length).toBe(0);
    expect(boxes(host).map((b) => b.dataset.id)).toEqual(['h1', 'h1', 'h1', 'h2']);
    expect(boxes(host)[3]!.style.top).toBe('20px');
    expect(boxes(host)[3]!.style.left).toBe('40px');
    expect(boxes(host)[3]!.style.width).toBe('30px');
    expect(pageHtml()).toBe(before); // no <mark>, no attribute, no style in the page
    expect(document.head.querySelector('style')).toBeNull();
    expect(document.querySelectorAll('[data-clausemark-id], mark').length).toBe(0);
    expect(document.documentElement.getAttributeNames().filter((a) => a.startsWith('data-clausemark'))).toEqual([]);
    expect(p.count).toBe(2);
  });

  it('repainting replaces the boxes, and clearing removes the host', () => {
    const host = createHost(document);
    const p = createOverlay(document, host);
    p.paint([{ id: 'h1', color: 'green', range: rangeOf('第一条') }]);
    p.paint([{ id: 'h2', color: 'blue', range: rangeOf('第二条') }]);
    expect(boxes(host).map((b) => b.dataset.id)).toEqual(['h2']);
    p.clear();
    expect(boxes(host)).toEqual([]);
    expect(document.querySelector('clausemark-highlighter')).toBeNull();
    p.paint([{ id: 'h3', color: 'blue', range: rangeOf('第二条') }]);
    expect(document.querySelector('clausemark-highlighter')).toBeTruthy();
    p.paint([]);
    expect(document.querySelector('clausemark-highlighter')).toBeNull();
  });

  it('hit-tests a point against the ranges, newest first, and flashes in the root, not on the page', () => {
    vi.useFakeTimers();
    try {
      const host = createHost(document);
      const p = createOverlay(document, host);
      p.paint([
        { id: 'old', color: 'green', range: rangeOf('第二条 本办法') },
        { id: 'new', color: 'pink', range: rangeOf('本办法') },
      ]);
      expect(p.hit(45, 25)).toBe('new');
      expect(p.hit(15, 25)).toBe('old');
      expect(p.hit(15, 100)).toBeNull();
      const before = pageHtml();
      p.flash(rangeOf('第一条'));
      expect(host.root.querySelectorAll('.flash').length).toBe(1);
      expect(pageHtml()).toBe(before);
      vi.advanceTimersByTime(2000);
      expect(host.root.querySelectorAll('.flash').length).toBe(0);
      p.clear();
      expect(document.querySelector('clausemark-highlighter')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the toolbar', () => {
  it('ignores clicks the page fakes, and goes away when hidden', () => {
    const host = createHost(document);
    const ui = createUi(document, host);
    const onColor = vi.fn();
    const onNote = vi.fn();
    ui.showToolbar(new DOMRect(10, 10, 50, 20), { onColor, onNote });
    for (const b of Array.from(host.root.querySelectorAll('button'))) b.click(); // isTrusted: false
    expect(onColor).not.toHaveBeenCalled();
    expect(onNote).not.toHaveBeenCalled();
    expect(host.root.querySelector('textarea, input')).toBeNull(); // notes are typed in the extension's frame
    ui.hide();
    expect(document.querySelector('clausemark-highlighter')).toBeNull();
  });
});
