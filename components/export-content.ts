/**
 * What Word and HTML exports hold — the full document or the highlights only — chosen in the export UI and
 * remembered in this browser (localStorage of the extension's origin: the popup, library and options pages share it).
 */
import type { ExportContent } from '../utils/export/types';

const KEY = 'clausemark.export.content';
export const DEFAULT_CONTENT: ExportContent = 'full';

export function readContentChoice(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ExportContent {
  try {
    const v = storage?.getItem(KEY);
    return v === 'full' || v === 'highlights' ? v : DEFAULT_CONTENT;
  } catch {
    return DEFAULT_CONTENT; // storage blocked: the default, every time
  }
}

export function saveContentChoice(value: ExportContent, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, value);
  } catch {
    /* not remembered; the choice still applies to this export */
  }
}
