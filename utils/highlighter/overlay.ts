/**
 * Paints highlights on a live page as boxes drawn over the text, inside the highlighter's closed shadow root. The
 * page's DOM, its CSS.highlights registry and its styles are never touched, so the page's scripts cannot read what
 * is highlighted. Boxes are placed in document coordinates (relative to the host), so the page's own scrolling moves
 * them with the text; window resizes, inner scrollers and page changes reposition them (once per frame).
 */
import { COLOR_VALUES } from '../model/colors';
import type { PaintItem } from '../anchoring/dom/place';
import type { OverlayHost } from './host';

export interface OverlayPainter {
  /** Replace everything painted with `items`. */
  paint(items: PaintItem[]): void;
  clear(): void;
  /** Id of the painted highlight at a viewport point, latest first (a newer highlight drawn over an older one wins). */
  hit(x: number, y: number): string | null;
  rangeOf(id: string): Range | null;
  /** Mark a range briefly (after scrolling to it). */
  flash(range: Range, ms?: number): void;
  /** Recompute the boxes now (layout changed). */
  reposition(): void;
  readonly count: number;
}

// The layer blends with the page (multiply keeps text dark under the colour); clip it to the page's extent so the
// host's scroll size tells the page nothing about where the boxes are.
const CSS = `.layer { position: absolute; top: 0; left: 0; overflow: hidden; z-index: 2147483646; mix-blend-mode: multiply; pointer-events: none; }
.hl { position: absolute; pointer-events: none; }
.hl-note { position: absolute; pointer-events: none; width: 7px; height: 7px; border-radius: 50%; background: #8a1c1c; }
@media (forced-colors: active) { .hl { forced-color-adjust: none; } .hl-note { background: CanvasText; } }`;
// Blended on its own, like the layer, so the text under the tint stays dark.
const FLASH_CSS = `.flash { position: absolute; z-index: 2147483646; pointer-events: none; box-sizing: border-box; border: 3px solid #e0a030; mix-blend-mode: multiply;
  background: rgba(255, 210, 80, 0.45); transition: background-color .9s ease-out; }
@media (forced-colors: active) { .flash { border-color: Highlight; } }`;

/**
 * Mark a range briefly with a box of ours in the host's closed root (after scrolling to it): the page's own element
 * is never restyled. The host is held while the box shows.
 */
export function flashBox(doc: Document, host: OverlayHost, range: Range, ms = 1500): void {
  host.hold('flash', true); // in the page first: a detached host has no position to measure from
  const r = range.getBoundingClientRect();
  const o = host.origin();
  const box = doc.createElement('div');
  box.className = 'flash';
  box.style.cssText = `left:${r.left - o.left - 4}px;top:${r.top - o.top - 4}px;width:${r.width + 8}px;height:${r.height + 8}px`;
  if (!host.root.querySelector('style.flash-style')) {
    const style = doc.createElement('style');
    style.className = 'flash-style';
    style.textContent = FLASH_CSS;
    host.root.appendChild(style);
  }
  host.root.appendChild(box);
  setTimeout(() => (box.style.backgroundColor = 'rgba(255, 210, 80, 0)'), Math.round(ms * 0.3));
  setTimeout(() => {
    box.remove();
    if (!host.root.querySelector('.flash')) host.hold('flash', false);
  }, ms);
}

/** The client rects of the text in a range, one per line box of each text node: element boxes would double the paint. */
export function textRects(range: Range): DOMRect[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const out: DOMRect[] = [];
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  for (const t of texts) {
    const r = doc.createRange();
    r.setStart(t, t === range.startContainer ? range.startOffset : 0);
    r.setEnd(t, t === range.endContainer ? range.endOffset : t.length);
    if (r.collapsed) continue;
    for (const rect of Array.from(r.getClientRects?.() ?? [])) if (rect.width > 0 && rect.height > 0) out.push(rect);
  }
  return out;
}

export function createOverlay(doc: Document, host: OverlayHost): OverlayPainter {
  const win = doc.defaultView!;
  const style = doc.createElement('style');
  style.textContent = CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  host.root.append(style, layer);
  let items: PaintItem[] = [];
  let frame = 0;

  const draw = () => {
    const o = host.origin();
    const boxes: HTMLElement[] = [];
    for (const item of items) {
      const rects = textRects(item.range);
      for (const r of rects) {
        const box = doc.createElement('div');
        box.className = 'hl';
        box.dataset.id = item.id;
        box.style.cssText = `left:${r.left - o.left}px;top:${r.top - o.top}px;width:${r.width}px;height:${r.height}px;background:${COLOR_VALUES[item.color]}`;
        boxes.push(box);
      }
      const last = rects[rects.length - 1];
      if (item.noted && last) {
        // a dot on the last box's top-right corner: this highlight has a note (click it to read)
        const dot = doc.createElement('div');
        dot.className = 'hl-note';
        dot.dataset.noteOf = item.id;
        dot.style.cssText = `left:${last.right - o.left - 3}px;top:${last.top - o.top - 4}px`;
        boxes.push(dot);
      }
    }
    const body = doc.body;
    const el = doc.documentElement;
    layer.style.width = `${Math.max(el.clientWidth, body?.scrollWidth ?? 0)}px`;
    layer.style.height = `${Math.max(el.clientHeight, body?.scrollHeight ?? 0, (body?.getBoundingClientRect().bottom ?? 0) - o.top)}px`;
    layer.replaceChildren(...boxes);
  };
  const schedule = () => {
    if (!items.length || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (items.length) draw();
    });
  };
  win.addEventListener('resize', schedule, { passive: true });
  // Inner scrollers move their text but not our boxes; the window's own scrolling moves both.
  doc.addEventListener('scroll', (e) => e.target !== doc && schedule(), { capture: true, passive: true });
  // Layout that moves without a DOM change: images and fonts arriving, the body reflowing.
  doc.addEventListener('load', schedule, { capture: true, passive: true });
  void doc.fonts?.ready.then(schedule);
  if (win.ResizeObserver && doc.body) new win.ResizeObserver(schedule).observe(doc.body);

  const clear = () => {
    items = [];
    layer.replaceChildren();
    host.hold('paint', false);
  };
  return {
    paint(next) {
      items = next.slice();
      if (!items.length) return clear();
      host.hold('paint', true);
      draw();
    },
    clear,
    hit(x, y) {
      for (let i = items.length - 1; i >= 0; i--) {
        for (const r of textRects(items[i]!.range)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return items[i]!.id;
      }
      return null;
    },
    rangeOf: (id) => items.find((p) => p.id === id)?.range ?? null,
    flash: (range, ms) => flashBox(doc, host, range, ms),
    reposition: () => void (items.length && draw()),
    get count() {
      return items.length;
    },
  };
}
