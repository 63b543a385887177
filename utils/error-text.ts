/**
 * Errors reach the UI as `{ code, message, key?, params? }` (utils/result.ts): the i18n key of the sentence and its
 * placeholders, and the sentence in English. An error with a key is shown by it; one without gets its code's
 * sentence with the English original as detail; an unknown code keeps the English message.
 */
import { getLocale, t, type MessageKey, type Params } from './i18n';
import { en } from './i18n/en';
import type { Problem } from './result';

/** A sentence by its key, placeholders that are sentences translated too; else its English message. */
export function problemText(p: Problem): string {
  if (!p.key || !(p.key in en)) return p.message;
  const params: Params = {};
  for (const [name, v] of Object.entries(p.params ?? {})) params[name] = typeof v === 'object' && v ? problemText(v) : v;
  return t(p.key, params);
}

/** What to show for an error from the background: by its key, else by its code, else the English message. */
export function errorText(error: { code: string } & Problem): string {
  // a key from another version of the extension may be unknown here
  if (error.key && error.key in en) return problemText(error);
  if (getLocale() === 'en') return error.message;
  const key = `page.code.${error.code}`;
  return key in en ? t(key as MessageKey, { detail: error.message }) : error.message;
}
