import type { Highlight } from '../../utils/model';
import { t } from '../../utils/i18n';
import { swatchColor } from './ReaderMargin';

export interface ReaderUnplacedProps {
  items: Highlight[];
  /** the card's element, to open the editor by */
  onOpen: (h: Highlight, from: HTMLElement) => void;
}

/** Highlights with no place in the stored text: listed with their quote and note, kept, still editable. */
export function ReaderUnplaced({ items, onOpen }: ReaderUnplacedProps) {
  if (!items.length) return null;
  return (
    <section class="reader-unplaced" aria-label={t('reader.notPlaced')}>
      <h2>
        {t('reader.notPlaced')} ({items.length})
      </h2>
      <p class="muted">{t('reader.notPlacedHint')}</p>
      <ul>
        {items.map((h) => (
          <li key={h.id} style={{ borderInlineStartColor: swatchColor(h.color) }}>
            <button type="button" class="reader-note-open" onClick={(e) => onOpen(h, e.currentTarget)}>
              <q class="reader-note-quote">{h.selectors.quote}</q>
              {h.note && <span class="reader-note-text">{h.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
