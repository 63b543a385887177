/**
 * Errors reach the UI as `{ code, message, key?, params? }` (utils/result.ts): the i18n key of the sentence and its
 * placeholders, and the sentence in English. An error with a key is shown by it; one without gets its code's
 * sentence with the English original as detail; an unknown code keeps the English message.
 */
import { getLocale, t, type MessageKey, type Params } from './i18n';
import { en } from './i18n/en';

interface Template {
  key: MessageKey;
  re: RegExp;
  names: string[];
}

const KNOWN = /^(page\.(error|blocked)|options\.backup)\./;
let templates: Template[] | undefined;

function compile(): Template[] {
  const out = (Object.keys(en) as MessageKey[])
    .filter((key) => KNOWN.test(key))
    .map((key) => {
      const names: string[] = [];
      const src = en[key]
        .split(/(\{\w+\})/)
        .map((part) => {
          const ph = /^\{(\w+)\}$/.exec(part);
          if (ph) return (names.push(ph[1]!), '([\\s\\S]+?)');
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { key, re: new RegExp(`^${src}$`), names };
    });
  // exact sentences win over templates that would swallow them in a placeholder
  return out.sort((a, b) => a.names.length - b.names.length);
}

/** The message in the current language if it is one we know, else null. A `{detail}` is itself translated if known. */
export function localizeMessage(message: string, depth = 0): string | null {
  if (getLocale() === 'en') return message;
  for (const tpl of (templates ??= compile())) {
    const m = tpl.re.exec(message);
    if (!m) continue;
    const params: Record<string, string> = {};
    tpl.names.forEach((name, i) => {
      const v = m[i + 1]!;
      params[name] = name === 'detail' && depth < 2 ? (localizeMessage(v, depth + 1) ?? v) : v;
    });
    return t(tpl.key, params);
  }
  return null;
}

/** What to show for an error from the background: by its key, else by its code, else the English message. */
export function errorText(error: { code: string; message: string; key?: string; params?: Params }): string {
  // a key from another version of the extension may be unknown here
  if (error.key && error.key in en) return t(error.key as MessageKey, error.params);
  if (getLocale() === 'en') return error.message;
  const key = `page.code.${error.code}`;
  return key in en ? t(key as MessageKey, { detail: error.message }) : error.message;
}
