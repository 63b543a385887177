import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { COLORS, COLOR_VALUES, type HighlightColor } from '../../utils/model/colors';
import { t } from '../../utils/i18n';

export interface ReaderPopoverProps {
  /** page coordinates (scrolls with the document) of the point it opens under */
  at: { x: number; y: number };
  /** 'new': by a selection, a colour saves at once; 'edit': on a highlight, with its note and Delete */
  mode: 'new' | 'edit';
  color?: string;
  note?: string;
  /** move focus into it (opened from the keyboard or the margin list) */
  focus?: boolean;
  onColor: (c: HighlightColor) => void;
  onNote: (note: string) => void;
  onDelete?: () => void;
  onClose: () => void;
}

/** The small toolbar by a selection, and the editor on a painted highlight: four colours, a note, delete. */
export function ReaderPopover({ at, mode, color, note = '', focus, onColor, onNote, onDelete, onClose }: ReaderPopoverProps) {
  const box = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(mode === 'edit');
  const [text, setText] = useState(note);

  useLayoutEffect(() => {
    if (focus || editing)
      box.current?.querySelector<HTMLElement>(editing && mode === 'new' ? 'textarea' : 'button')?.focus({ preventScroll: true });
  }, [editing]);
  useEffect(() => {
    const doc = box.current?.ownerDocument;
    if (!doc) return;
    // A press anywhere else closes it (a new selection starts there).
    const down = (e: Event) => !box.current?.contains(e.target as Node) && onClose();
    const key = (e: KeyboardEvent) => e.key === 'Escape' && onClose(); // also when focus is still in the document
    doc.addEventListener('mousedown', down, true);
    doc.addEventListener('keydown', key);
    return () => {
      doc.removeEventListener('mousedown', down, true);
      doc.removeEventListener('keydown', key);
    };
  }, [onClose]);

  const keep = (e: Event) => e.preventDefault(); // keep the document's selection while pressing a button
  return (
    <div
      ref={box}
      class="reader-popover"
      role={mode === 'new' ? 'toolbar' : 'dialog'}
      aria-label={mode === 'new' ? t('reader.toolbar') : t('reader.editor')}
      style={{ left: `min(${Math.max(8, Math.round(at.x))}px, calc(100% - 330px))`, top: `${Math.round(at.y)}px` }}
    >
      <div class="reader-swatches">
        {COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class="reader-swatch"
            style={{ background: COLOR_VALUES[c] }}
            aria-label={t(`reader.color.${c}`)}
            aria-pressed={mode === 'edit' ? c === color : undefined}
            title={t(`reader.color.${c}`)}
            onMouseDown={keep}
            onClick={() => onColor(c)}
          />
        ))}
        {!editing && (
          <button type="button" onMouseDown={keep} onClick={() => setEditing(true)}>
            {t('reader.note')}
          </button>
        )}
      </div>
      {editing && (
        <div class="reader-note-editor">
          <textarea
            aria-label={t('reader.note')}
            placeholder={t('reader.note')}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <div class="reader-popover-actions">
            {onDelete && (
              <button type="button" class="danger" onClick={onDelete}>
                {t('reader.deleteHighlight')}
              </button>
            )}
            <button type="button" class="primary" onClick={() => onNote(text)}>
              {t('reader.saveNote')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
