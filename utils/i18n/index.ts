/**
 * UI strings in English and Simplified Chinese. Catalogs are typed TS modules per area (en/<area>.ts is the source of
 * keys; zh-CN/<area>.ts must have exactly the same keys), so a missing translation fails `npm run typecheck`.
 * Pure: no browser API. Entrypoints start in startLocale(storage, browser.i18n.getUILanguage(), ?lang) (preference.ts): the
 * options page's language setting, else the browser's language.
 */
import { en } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'en' | 'zh-CN';
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
let current: Locale = 'en';

/** zh, zh-CN, zh-Hans, zh-SG → zh-CN (Traditional-script users read Simplified better than English); else English. */
export function detectLocale(lang: string | undefined | null): Locale {
  const l = (lang ?? '').toLowerCase().replace('_', '-');
  return l === 'zh' || l.startsWith('zh-') ? 'zh-CN' : 'en';
}

/** `doc`: the page whose lang follows the UI; a content script passes null, the web page's lang is not ours. */
export function setLocale(locale: Locale, doc: Document | null = typeof document !== 'undefined' ? document : null): void {
  current = locale;
  if (doc) doc.documentElement.lang = locale;
}

export function getLocale(): Locale {
  return current;
}

/** `t('library.count', { n: 3 })` — `{n}` placeholders are filled from params; unknown ones stay visible. */
export function t(key: MessageKey, params?: Params): string {
  return tIn(current, key, params);
}

/** A string in a given locale, for callers outside a page's UI language (the background's context menus). */
export function tIn(locale: Locale, key: MessageKey, params?: Params): string {
  const text = catalogs[locale][key] ?? en[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
