/**
 * The UI language setting (auto / 中文 / English), kept in storage.local: a reader of Chinese documents may use an
 * English browser. Pure: the storage is a parameter, so every page (and the highlighter) resolves it the same way.
 */
import { detectLocale, type Locale } from './index';

export type LanguagePref = 'auto' | Locale;
export const LANGUAGE_KEY = 'uiLanguage';
export const LANGUAGE_PREFS: readonly LanguagePref[] = ['auto', 'zh-CN', 'en'];

export function readLanguagePref(v: unknown): LanguagePref {
  return v === 'en' || v === 'zh-CN' ? v : 'auto';
}

/** `?lang=` (tests, screenshots) wins, then the setting, then the browser's UI language. */
export function resolveLocale(o: { override?: string | null; pref?: unknown; browserLang?: string | null }): Locale {
  if (o.override) return detectLocale(o.override);
  const pref = readLanguagePref(o.pref);
  return pref === 'auto' ? detectLocale(o.browserLang) : pref;
}

export interface PrefStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The locale a page starts in; an unreadable storage falls back to the browser's language. */
export async function startLocale(storage: PrefStorage, browserLang: string, override: string | null = null): Promise<Locale> {
  if (override) return resolveLocale({ override });
  const pref = await storage.get(LANGUAGE_KEY).then(
    (r) => r[LANGUAGE_KEY],
    () => undefined,
  );
  return resolveLocale({ pref, browserLang });
}
