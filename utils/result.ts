/**
 * Errors cross message boundaries as values, never as thrown objects. An error names what went wrong as an i18n
 * key with its placeholders, so the UI shows it in its own language (utils/error-text.ts); `message` is the same
 * sentence in English, for logs, the CLI and the toolbar title.
 */
import type { MessageKey } from './i18n';
import { en } from './i18n/en';

export type ErrorCode =
  | 'not-injectable'
  | 'no-tab'
  | 'injection-failed'
  | 'no-article'
  | 'too-large'
  /** a PDF without text (a scan) */
  | 'no-text-layer'
  /** a PDF or DOCX file that cannot be parsed (damaged, password-protected) */
  | 'bad-file'
  /** the extension may not fetch this PDF: the popup then offers to ask for its site */
  | 'pdf-access'
  | 'save-failed'
  | 'quota'
  | 'bad-request'
  | 'timeout'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: string;
  /** the i18n message of this sentence, when there is one */
  key?: MessageKey;
  params?: ProblemParams;
}

/** A sentence for the user: its i18n key and placeholders, and its English text. */
export interface Problem {
  message: string;
  key?: MessageKey;
  params?: ProblemParams;
}

/** Placeholders; one may itself be a sentence (a refused backup's reason), translated with the outer one. */
export type ProblemParams = Record<string, string | number | Problem>;

/** The problem of an i18n key, its English text filled in (the background never sets a locale, but need not rely on it). */
export function problem(key: MessageKey, params?: ProblemParams): Problem & { key: MessageKey } {
  const message = en[key].replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params?.[name];
    return v === undefined ? m : typeof v === 'object' ? v.message : String(v);
  });
  return params ? { message, key, params } : { message, key };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A failure with a plain English message (no translation but its code's), or with a Problem that has its key. */
export const fail = (code: ErrorCode, why: string | Problem): Result<never> => ({
  ok: false,
  error: typeof why === 'string' ? { code, message: why } : { code, ...why },
});

/** A readable message from anything thrown (DOMException, Dexie errors, strings). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    const inner = (e as { inner?: unknown }).inner;
    return inner instanceof Error && inner.message && inner.message !== e.message ? `${e.message} (${inner.message})` : e.message || e.name;
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
