/**
 * The export menu as data: each format turns the gathered library into one downloadable file. Pure, runs in Node.
 * Each writer is imported when its format is used: the popup shows the menu but should not load the writers (and
 * the zip, docx and validation libraries) before its first rows are on screen.
 */
import type { ExportContent, FullBundle } from '../utils/export/types';
import { domTables } from './export-tables';
import { getLocale, t, type Locale } from '../utils/i18n';

export interface DownloadFile {
  name: string;
  /** MIME type for the blob */
  type: string;
  data: Uint8Array | string;
}

/** What the user chose in the export UI; the labels follow the UI language unless a test pins `locale`. */
export interface BuildOptions {
  /** Word and HTML: the full document or the highlights only (default 'full') */
  content?: ExportContent;
  locale?: Locale;
}

export interface ExportFormat {
  id: 'markdown' | 'csv' | 'clips-csv' | 'html' | 'docx' | 'csl' | 'backup';
  /** name and description in the current UI language (read when shown, so a locale set at start applies) */
  readonly label: string;
  readonly hint: string;
  build: (bundle: FullBundle, now: number, opts?: BuildOptions) => DownloadFile | Promise<DownloadFile>;
}

/** Local calendar date, as the user expects to see it in a file name: 2026-11-27. */
export function fileDate(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    get label() {
      return t('options.format.markdown');
    },
    get hint() {
      return t('options.format.markdown.hint');
    },
    build: async (b, now) => ({
      name: `clausemark-${fileDate(now)}.zip`,
      type: 'application/zip',
      data: (await import('../utils/export/markdown')).toMarkdownZip(b, { now }),
    }),
  },
  {
    id: 'csv',
    get label() {
      return t('options.format.csv');
    },
    get hint() {
      return t('options.format.csv.hint');
    },
    build: async (b, now, o = {}) => ({
      name: `clausemark-highlights-${fileDate(now)}.csv`,
      type: 'text/csv;charset=utf-8',
      data: (await import('../utils/export/csv')).toCsv(b, { locale: o.locale ?? getLocale() }),
    }),
  },
  {
    id: 'clips-csv',
    get label() {
      return t('exportDoc.format.clipsCsv');
    },
    get hint() {
      return t('exportDoc.format.clipsCsv.hint');
    },
    build: async (b, now, o = {}) => ({
      name: `clausemark-clips-${fileDate(now)}.csv`,
      type: 'text/csv;charset=utf-8',
      data: (await import('../utils/export/csv')).toClipsCsv(b, { locale: o.locale ?? getLocale() }),
    }),
  },
  {
    id: 'html',
    get label() {
      return t('options.format.html');
    },
    get hint() {
      return t('options.format.html.hint');
    },
    build: async (b, now, o = {}) => ({
      name: `clausemark-${fileDate(now)}.html`,
      type: 'text/html;charset=utf-8',
      data: (await import('../utils/export/html')).toHtml(b, {
        now,
        locale: o.locale ?? getLocale(),
        content: o.content ?? 'full',
        tablesOf: await domTables(),
      }),
    }),
  },
  {
    id: 'docx',
    get label() {
      return t('options.format.docx');
    },
    get hint() {
      return t('options.format.docx.hint');
    },
    build: async (b, now, o = {}) => ({
      name: `clausemark-${fileDate(now)}.docx`,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: await (
        await import('../utils/export/docx')
      ).toDocx(b, {
        now,
        locale: o.locale ?? getLocale(),
        content: o.content ?? 'full',
        tablesOf: await domTables(),
      }),
    }),
  },
  {
    id: 'csl',
    get label() {
      return t('options.format.csl');
    },
    get hint() {
      return t('options.format.csl.hint');
    },
    build: async (b, now) => ({
      name: `clausemark-${fileDate(now)}.csl.json`,
      type: 'application/json',
      data: JSON.stringify((await import('../utils/export/csl')).toCslJson(b), null, 2),
    }),
  },
  {
    id: 'backup',
    get label() {
      return t('options.format.backup');
    },
    get hint() {
      return t('options.format.backup.hint');
    },
    build: async (b, now) => ({
      name: `clausemark-backup-${fileDate(now)}.json`,
      type: 'application/json',
      data: (await import('../utils/export/backup')).toBackupJson(b, { now }),
    }),
  },
];
