/**
 * Why a backup file was refused; `message` names the first problem and where it is, for the user to read. `why`:
 * the i18n key and placeholders of that sentence (path included), when the catalog has it, so the UI translates it.
 */
import type { MessageKey, Params } from '../../i18n';

export type BackupErrorCode =
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'wrong-schema'
  | 'unsupported-version'
  | 'invalid'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'unsafe-url';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    /** where the problem is, e.g. "clips[3].title"; '' for the file as a whole */
    readonly path = '',
    readonly why?: { key: MessageKey; params?: Params },
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}
