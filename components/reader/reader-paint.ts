/**
 * Paints the clip's highlights in the rendered article and says which could not be placed. On screen the CSS
 * Custom Highlight API paints without touching the DOM; while printing, <mark>s are used instead, because
 * highlight pseudo-elements are not reliably printed. The switch happens inside `beforeprint`, synchronously.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeHighlights } from '../../utils/anchoring/dom/place';
import { createPainter, type Painter } from '../../utils/reader/paint';
import type { Highlight } from '../../utils/db';
import { onPrintChange } from '../../utils/reader/print-watch';

export interface RenderedArticle {
  el: HTMLElement;
  html: string;
}

export interface ReaderPaint {
  /** ids of painted highlights */
  placed: string[];
  /** highlights with no place in the stored text */
  missing: Highlight[];
  /** bumps on each paint, for what is laid out next to the highlights */
  tick: number;
  painter(): Painter | null;
}

export function useReaderPaint(doc: RenderedArticle | null, highlights: Highlight[] | undefined): ReaderPaint {
  const painters = useRef<{ screen: Painter; print: Painter } | null>(null);
  const printing = useRef(false);
  const [state, setState] = useState({ placed: [] as string[], missing: [] as Highlight[], tick: 0 });

  const paint = () => {
    if (!doc || !highlights) return null;
    if (!painters.current) {
      const d = doc.el.ownerDocument;
      painters.current = { screen: createPainter(d), print: createPainter(d, { forceMarks: true }) };
    }
    const { screen, print } = painters.current;
    // Clear both first: <mark>s split text nodes, and the text must be read from the article as stored.
    screen.clear();
    print.clear();
    const placement = placeHighlights(doc.el, highlights);
    (printing.current ? print : screen).paint(placement.placed);
    return placement;
  };

  useLayoutEffect(() => {
    const placement = paint();
    if (placement) setState((s) => ({ placed: placement.placed.map((i) => i.id), missing: placement.missing, tick: s.tick + 1 }));
  }, [doc, highlights]);

  useEffect(() => {
    const win = doc?.el.ownerDocument.defaultView;
    if (!win) return;
    return onPrintChange(win, (on) => {
      printing.current = on;
      paint();
    });
  }, [doc, highlights]);

  useEffect(() => () => painters.current?.screen.clear(), []);

  return {
    ...state,
    painter: () => (painters.current ? (printing.current ? painters.current.print : painters.current.screen) : null),
  };
}
