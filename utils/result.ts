/** Errors cross message boundaries as values, never as thrown objects. */

export type ErrorCode =
  | 'not-injectable'
  | 'no-tab'
  | 'injection-failed'
  | 'no-article'
  | 'too-large'
  | 'save-failed'
  | 'quota'
  | 'bad-request'
  | 'timeout'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** A readable message from anything thrown (DOMException, Dexie errors, strings). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    const inner = (e as { inner?: unknown }).inner;
    return inner instanceof Error && inner.message && inner.message !== e.message
      ? `${e.message} (${inner.message})`
      : e.message || e.name;
  }
  return String(e);
}

/** QuotaExceededError may arrive bare or wrapped by Dexie (`.inner`). */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    const name = (cur as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    cur = (cur as { inner?: unknown }).inner;
  }
  return false;
}
