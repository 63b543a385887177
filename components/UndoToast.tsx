import { useEffect } from 'preact/hooks';
import { t } from '../utils/i18n';

export interface UndoToastProps {
  message: string;
  onUndo: () => void;
  /** the time is up (or another toast took this one's place): the deletion stands */
  onExpire: () => void;
  /** how long Undo is offered; long enough to notice and reach the button */
  ms?: number;
}

export const UNDO_MS = 8000;

/** "Highlight deleted. Undo", for a few seconds: a status message, so screen readers announce it without moving focus. */
export function UndoToast({ message, onUndo, onExpire, ms = UNDO_MS }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, ms);
    return () => clearTimeout(timer);
  }, [message, ms]);
  return (
    <div class="undo-toast" role="status">
      <span>{message}</span>
      <button type="button" class="undo-button" onClick={onUndo}>
        {t('common.undo')}
      </button>
    </div>
  );
}
