/**
 * The words an exported file is written in, in the UI language handed to the exporter (never read from a global, so
 * a test can pin it and the popup's locale applies). Strings live in utils/i18n/{en,zh-CN}/export-doc.ts.
 */
import type { Locale } from '../i18n';
import { exportDoc as en } from '../i18n/en/export-doc';
import { exportDoc as zhCN } from '../i18n/zh-CN/export-doc';
import { colorOf } from '../model/colors';

type Key = keyof typeof en extends `exportDoc.${infer K}` ? K : never;

export interface Labels {
  locale: Locale;
  (key: Key, params?: Record<string, string | number>): string;
  /** "3 clips" / "共 3 篇" */
  clips(n: number): string;
  /** "Note: " / "批注：", before a note's text */
  notePrefix: string;
  /** a stored colour by name ("yellow" / "黄色"); unknown ones read as the default colour */
  color(c: string): string;
}

const CATALOGS: Record<Locale, Record<keyof typeof en, string>> = { en, 'zh-CN': zhCN };

export function labelsFor(locale: Locale = 'en'): Labels {
  const cat = CATALOGS[locale] ?? en;
  const l = ((key: Key, params?: Record<string, string | number>) => {
    const text = cat[`exportDoc.${key}`];
    return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
  }) as Labels;
  l.locale = locale;
  l.clips = (n) => (n === 1 ? l('clips.one') : l('clips.other', { n }));
  l.notePrefix = locale === 'zh-CN' ? l('note') : `${l('note')} `;
  l.color = (c) => l(`color.${colorOf(c)}`);
  return l;
}
