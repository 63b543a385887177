/**
 * The clip's highlights in the reader, live (a highlight made or changed in another tab shows up), and what the
 * user does with them here: a selection offers the toolbar, a painted highlight or a margin note opens its editor.
 * Writes go through the db's highlight functions, which keep the clip's highlight count right.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '../../utils/model/colors';
import { addHighlight, highlightsOfClip, patchHighlight, type Clip, type ClausemarkDB, type Highlight } from '../../utils/db';
import { t } from '../../utils/i18n';
import { selectorsForRange } from '../../utils/anchoring/dom/place';
import { rangeRect } from '../../utils/reader/range-rect';
import type { OutlineEntry } from '../../utils/model';
import type { ReaderPopoverProps } from './ReaderPopover';
import type { RenderedArticle } from './reader-paint';
import { useLiveQuery } from '../use-live-query';
import { useUndoDelete } from '../use-undo-delete';

export interface PopoverState {
  key: number;
  props: ReaderPopoverProps;
}

export interface ReaderHighlights {
  highlights: Highlight[] | undefined;
  popover: PopoverState | null;
  error: string;
  /** after a mouse-up or Shift+arrow in the article: offer the toolbar for the selection */
  offer(): void;
  /** open the editor of a highlight, by the box it was opened from */
  edit(id: string, at: DOMRect, focus: boolean): void;
  /** "Highlight deleted. Undo" while it is offered */
  undoToast: preact.JSX.Element | null;
}

export function useReaderHighlights(
  db: ClausemarkDB,
  clip: Clip,
  outline: readonly OutlineEntry[],
  doc: RenderedArticle | null,
): ReaderHighlights {
  const list = useLiveQuery(() => highlightsOfClip(db, clip.id), [db, clip.id]);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [error, setError] = useState('');
  const seq = useRef(0);
  const close = useCallback(() => setPopover(null), []);
  const undo = useUndoDelete(db);

  const run = (fn: () => Promise<unknown>) => {
    close();
    setError('');
    Promise.resolve()
      .then(fn)
      .catch((e: unknown) => setError(t('reader.saveFailed', { message: e instanceof Error ? e.message : String(e) })));
  };
  const pageAt = (r: DOMRect) => {
    const win = doc?.el.ownerDocument.defaultView;
    return { x: r.left + (win?.scrollX ?? 0), y: r.bottom + (win?.scrollY ?? 0) + 8 };
  };

  const offer = () => {
    // The selection is final only after the event.
    setTimeout(() => {
      const el = doc?.el;
      const sel = el?.ownerDocument.getSelection();
      if (!el || !sel || sel.isCollapsed || !sel.rangeCount || !sel.toString().trim()) return;
      const range = sel.getRangeAt(0).cloneRange();
      if (!el.contains(range.commonAncestorContainer)) return;
      const save = (color: HighlightColor, note: string) =>
        run(async () => {
          const selectors = selectorsForRange(el, range, outline);
          if (!selectors) throw new Error(t('reader.noText'));
          await addHighlight(db, { clipId: clip.id, url: clip.url }, { selectors, color, note });
          sel.removeAllRanges();
        });
      setPopover({
        key: ++seq.current,
        props: { at: pageAt(rangeRect(range)), mode: 'new', onColor: (c) => save(c, ''), onNote: (n) => save('yellow', n), onClose: close },
      });
    }, 0);
  };

  const edit = (id: string, at: DOMRect, focus: boolean) => {
    const h = list.value?.find((x) => x.id === id);
    if (!h) return;
    setPopover({
      key: ++seq.current,
      props: {
        at: pageAt(at),
        mode: 'edit',
        color: h.color,
        note: h.note,
        focus,
        onColor: (color) => run(() => patchHighlight(db, id, { color })),
        onNote: (note) => run(() => patchHighlight(db, id, { note })),
        onDelete: () => run(() => undo.remove(id)),
        onClose: close,
      },
    });
  };

  return { highlights: list.value, popover, error, offer, edit, undoToast: undo.toast };
}
