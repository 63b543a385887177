/**
 * Paint highlights in the reader (an extension page, with no page scripts): with the CSS Custom Highlight API (one
 * Highlight per colour, registered as clausemark-<colour>), or text wrapped in <mark> (for print). Live web pages
 * share the highlight registry with their scripts, so they are painted by utils/highlighter/overlay.ts instead.
 * Where to paint comes from utils/anchoring/dom/place.ts.
 * The colours are the one set of utils/model/colors.ts.
 */
import type { PaintItem } from '../anchoring/dom/place';
import { MARK_CLASS, UI_ATTR } from '../anchoring/dom/visibility';
import { COLORS, COLOR_VALUES, type HighlightColor } from '../model/colors';

export { MARK_CLASS } from '../anchoring/dom/visibility';
export type { PaintItem } from '../anchoring/dom/place';

export const highlightName = (c: HighlightColor): string => `clausemark-${c}`;
const STYLE_ID = 'clausemark-highlight-style';
/** Test hook and debugging aid in the reader: how many highlights are painted, on <html>. Never on web pages. */
export const PAINTED_ATTR = 'data-clausemark-painted';

export interface Painter {
  readonly mode: 'css' | 'marks';
  /** Replace everything painted with `items`. */
  paint(items: PaintItem[]): void;
  clear(): void;
  /** Id of the painted highlight under a click, or null. */
  hit(event: MouseEvent): string | null;
  /** The painted range of a highlight (for scrolling to it). */
  rangeOf(id: string): Range | null;
}

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** Uses the CSS Custom Highlight API when the page's window has it, unless `forceMarks`. */
export function createPainter(doc: Document, opts: { forceMarks?: boolean } = {}): Painter {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  const css = !opts.forceMarks && !!registry && !!Ctor;
  let painted: PaintItem[] = [];
  ensureStyle(doc);

  const setCount = (n: number) => doc.documentElement?.setAttribute(PAINTED_ATTR, String(n));
  const clear = () => {
    if (css) for (const c of COLORS) registry!.delete(highlightName(c));
    else unwrapMarks(doc);
    painted = [];
    setCount(0);
  };
  return {
    mode: css ? 'css' : 'marks',
    paint(items) {
      clear();
      ensureStyle(doc); // a page may have dropped our style element along with its own content
      if (css) {
        for (const c of COLORS) {
          const ranges = items.filter((i) => i.color === c).map((i) => i.range);
          if (ranges.length) registry!.set(highlightName(c), new Ctor!(...ranges));
        }
      } else {
        for (const item of items) wrapRange(doc, item);
      }
      painted = items;
      setCount(items.length);
    },
    clear,
    hit(event) {
      if (!css) {
        const mark = (event.target as Element | null)?.closest?.(`mark.${MARK_CLASS}`);
        return mark?.getAttribute('data-clausemark-id') ?? null;
      }
      // Highlights are not elements and get no events: test the click against the painted ranges' boxes.
      const { clientX: x, clientY: y } = event;
      // Latest first: a newer highlight drawn over an older one is the one the user sees.
      for (let i = painted.length - 1; i >= 0; i--) {
        for (const r of Array.from(painted[i]!.range.getClientRects?.() ?? [])) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return painted[i]!.id;
        }
      }
      return null;
    },
    rangeOf(id) {
      if (!css) {
        const marks = doc.querySelectorAll(`mark.${MARK_CLASS}[data-clausemark-id="${cssEscape(id)}"]`);
        if (!marks.length) return null;
        const r = doc.createRange();
        r.setStartBefore(marks[0]!);
        r.setEndAfter(marks[marks.length - 1]!);
        return r;
      }
      return painted.find((p) => p.id === id)?.range ?? null;
    },
  };
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(UI_ATTR, '');
  style.textContent = COLORS.map(
    (c) =>
      `::highlight(${highlightName(c)}){background-color:${COLOR_VALUES[c]};color:inherit}` +
      `mark.${MARK_CLASS}[data-color="${c}"]{background-color:${COLOR_VALUES[c]};color:inherit;padding:0;cursor:pointer}`,
  ).join('\n');
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Wrap each text node piece inside the range in its own <mark>; elements are never split. */
function wrapRange(doc: Document, item: PaintItem): void {
  const { range } = item;
  const texts: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (let t of texts) {
    let from = t === startContainer ? startOffset : 0;
    const to = t === endContainer ? endOffset : t.length;
    if (to <= from || !t.parentNode) continue;
    if (to < t.length) t.splitText(to);
    if (from > 0) {
      t = t.splitText(from);
      from = 0;
    }
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('data-clausemark-id', item.id);
    mark.setAttribute('data-color', item.color);
    t.parentNode!.insertBefore(mark, t);
    mark.appendChild(t);
  }
}

function unwrapMarks(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize(); // put split text nodes back together, as the page had them
  }
}

function cssEscape(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}
