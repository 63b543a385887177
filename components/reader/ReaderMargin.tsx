import { useLayoutEffect, useRef } from 'preact/hooks';
import { COLOR_VALUES, colorOf } from '../../utils/model/colors';
import type { Highlight } from '../../utils/db';
import { t } from '../../utils/i18n';
import { stackTops } from '../../utils/reader/margin-layout';

export interface ReaderMarginProps {
  /** painted highlights */
  items: Highlight[];
  /** viewport top of a painted highlight, null when it has none */
  topOf: (id: string) => number | null;
  /** changes whenever the highlights are painted again or the article's size changes */
  layoutKey: unknown;
  /** the card's element, to open the editor by */
  onOpen: (h: Highlight, from: HTMLElement) => void;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
export const swatchColor = (c: string): string => COLOR_VALUES[colorOf(c)];

/**
 * Notes in the margin, each level with its highlight (pushed down when they would overlap); on narrow windows
 * the same list flows under the document. Every highlight has a card, so each can be reached by keyboard.
 */
export function ReaderMargin({ items, topOf, layoutKey, onOpen }: ReaderMarginProps) {
  const list = useRef<HTMLOListElement>(null);
  const sorted = items
    .map((h) => ({ h, top: topOf(h.id) }))
    .filter((x): x is { h: Highlight; top: number } => x.top !== null)
    .sort((a, b) => a.top - b.top);

  useLayoutEffect(() => {
    const ol = list.current;
    if (!ol) return;
    const base = ol.getBoundingClientRect().top;
    const cards = Array.from(ol.children) as HTMLElement[];
    const tops = stackTops(
      sorted.map((x) => Math.max(0, x.top - base)),
      cards.map((c) => c.offsetHeight),
    );
    cards.forEach((c, i) => (c.style.top = `${tops[i] ?? 0}px`));
    const lastCard = cards[cards.length - 1];
    ol.style.minHeight = lastCard ? `${(tops[tops.length - 1] ?? 0) + lastCard.offsetHeight}px` : '';
  });

  return (
    <aside class="reader-margin" aria-label={t('reader.highlights')}>
      <h2 class="reader-side-title">{t('reader.highlights')}</h2>
      {!sorted.length && <p class="muted reader-margin-empty">{t('reader.highlightsEmpty')}</p>}
      <ol class="reader-notes" ref={list} data-layout={String(layoutKey)}>
        {sorted.map(({ h }) => (
          <li key={h.id} class="reader-note" style={{ borderInlineStartColor: swatchColor(h.color) }}>
            <button type="button" class="reader-note-open" data-highlight={h.id} onClick={(e) => onOpen(h, e.currentTarget)}>
              {h.note ? <span class="reader-note-text">{short(h.note, 280)}</span> : null}
              <span class={h.note ? 'reader-note-quote muted' : 'reader-note-quote'}>{short(h.selectors.quote, h.note ? 60 : 120)}</span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
