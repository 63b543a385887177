import { useEffect, useRef, useState } from 'preact/hooks';
import { COLORS, COLOR_VALUES, colorOf, type HighlightColor } from '../../utils/model/colors';
import type { Highlight } from '../../utils/db';
import { t } from '../../utils/i18n';
import type { NoteSignal } from '../../utils/note/channel';
import type { NoteStore } from '../../utils/note/store';
import { UndoToast } from '../UndoToast';

export interface NotePanelProps {
  store: NoteStore;
  /** the highlight whose note is shown */
  id: string;
  /** to the page's highlighter: repaint (`changed`) or remove this frame (`close`); never any text */
  signal: (s: NoteSignal) => void;
}

/**
 * A highlight's quote, colour and note, in the note frame a live page shows (note.html, extension origin): the note
 * is read and written here, through the extension, so the page never holds it or sees its keystrokes.
 */
export function NotePanel({ store, id, signal }: NotePanelProps) {
  const [h, setH] = useState<Highlight | null | undefined>(undefined);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  // deleted here: the frame stays for the Undo (then closes), and the row's note says which sentence to show
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    store.get(id).then(
      (row) => {
        setH(row);
        setText(row?.note ?? '');
      },
      (e: unknown) => setError(t('highlighter.saveFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  }, [store, id]);
  useEffect(() => {
    if (h) area.current?.focus();
  }, [h]);
  useEffect(() => {
    // On key up: closing on key down would hand the page the key's release once the frame is gone.
    const key = (e: KeyboardEvent) => e.key === 'Escape' && signal({ type: 'close' });
    document.addEventListener('keyup', key);
    return () => document.removeEventListener('keyup', key);
  }, [signal]);

  const run = async (fn: () => Promise<unknown>, close: boolean) => {
    setError('');
    try {
      await fn();
      signal({ type: 'changed' });
      if (close) signal({ type: 'close' });
    } catch (e) {
      setError(t('highlighter.saveFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const pick = (c: HighlightColor) => run(async () => setH(await store.set(id, { color: c })), false);
  const remove = () => run(async () => (await store.remove(id), setDeleted(h ?? null)), false);
  const undo = () =>
    run(async () => {
      const row = await store.restore(id);
      setDeleted(null);
      if (row) (setH(row), setText(row.note));
      else setH(null);
    }, false);

  if (deleted)
    return (
      <div class="note-panel">
        <UndoToast
          message={t(deleted.note.trim() ? 'common.highlightDeletedWithNote' : 'common.highlightDeleted')}
          onUndo={() => void undo()}
          onExpire={() => signal({ type: 'close' })}
        />
        {error && <p role="alert">{error}</p>}
      </div>
    );

  if (h === undefined)
    return (
      <div class="note-panel" aria-busy={!error}>
        {error && <p role="alert">{error}</p>}
      </div>
    );
  const color = colorOf(h?.color);
  return (
    <div class="note-panel" role="dialog" aria-label={t('highlighter.noteToolbar')}>
      {h ? (
        <>
          <blockquote class="note-quote" style={{ borderColor: COLOR_VALUES[color] }}>
            {h.selectors.quote}
          </blockquote>
          <div class="note-swatches" role="group" aria-label={t('highlighter.toolbar')}>
            {COLORS.map((c) => (
              <button
                type="button"
                key={c}
                class="note-swatch"
                style={{ background: `linear-gradient(${COLOR_VALUES[c]}, ${COLOR_VALUES[c]}), #fff` }}
                aria-label={t(`highlighter.${c}`)}
                aria-pressed={c === color}
                title={t(`highlighter.${c}`)}
                onClick={() => void pick(c)}
              />
            ))}
          </div>
          <textarea
            ref={area}
            aria-label={t('highlighter.note')}
            placeholder={t('highlighter.notePlaceholder')}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </>
      ) : (
        <p>{t('highlighter.gone')}</p>
      )}
      {error && <p role="alert">{error}</p>}
      <div class="note-actions">
        {h && (
          <button type="button" class="danger" title={t('highlighter.deleteTitle')} onClick={() => void remove()}>
            {t('highlighter.delete')}
          </button>
        )}
        <button type="button" onClick={() => signal({ type: 'close' })}>
          {t('highlighter.close')}
        </button>
        {h && (
          <button type="button" class="primary" onClick={() => void run(() => store.set(id, { note: text }), true)}>
            {t('highlighter.saveNote')}
          </button>
        )}
      </div>
    </div>
  );
}
