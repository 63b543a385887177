import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface UndoToastProps {
  text: string;
  /** absent: a plain notice, no Undo button */
  onUndo?: () => void;
  onDismiss: () => void;
  /** how long Undo is offered */
  timeoutMs?: number;
}

/** A notice at the bottom of the page, with Undo for a few seconds after a deletion. */
export function UndoToast({ text, onUndo, onDismiss, timeoutMs = 8000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
    // once per toast: the page gives each toast its own key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div class="lib-toast" role="status">
      <span>{text}</span>
      {onUndo && (
        <button type="button" class="lib-undo" onClick={onUndo}>
          {t('libpage.undo')}
        </button>
      )}
      <button type="button" class="link-button" aria-label={t('common.close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
