/**
 * Two CSV files for an Excel 台账: every highlight (with the document's 文号, 发文机关 and 成文日期 beside it), and
 * one row per clip. Headers and colour names are in the UI language passed in.
 */
import type { Locale } from '../i18n';
import { clipViews, formatDate, pathKey } from './common';
import { csvFile } from './csv-field';
import { labelsFor } from './labels';
import type { ExportBundle } from './types';

export { csvField } from './csv-field';

export interface CsvOptions {
  /** language of the headers and colour names; default English */
  locale?: Locale;
}

/** Every highlight of every clip, clips in bundle order and highlights in page order. */
export function toCsv(bundle: ExportBundle, opts: CsvOptions = {}): string {
  const l = labelsFor(opts.locale);
  const header = [
    'csv.title',
    'field.docNumber',
    'field.issuer',
    'field.writtenDate',
    'csv.section',
    'csv.quote',
    'csv.note',
    'csv.colour',
    'csv.url',
    'field.saved',
  ] as const;
  const rows: string[][] = [header.map((k) => l(k))];
  for (const v of clipViews(bundle)) {
    const { clip } = v;
    for (const h of v.highlights) {
      rows.push([
        clip.title,
        clip.policy.docNumber,
        clip.policy.issuer,
        clip.policy.writtenDate,
        pathKey(h.selectors.outlinePath),
        h.selectors.quote,
        h.note,
        l.color(h.color),
        h.url || clip.url,
        formatDate(clip.savedAt),
      ]);
    }
  }
  return csvFile(rows);
}

/** One row per clip, in bundle order: the register of documents, whether or not they have highlights. */
export function toClipsCsv(bundle: ExportBundle, opts: CsvOptions = {}): string {
  const l = labelsFor(opts.locale);
  const header = [
    'csv.title',
    'field.docNumber',
    'field.issuer',
    'field.writtenDate',
    'field.publishDate',
    'field.indexNumber',
    'field.subject',
    'csv.site',
    'csv.url',
    'field.saved',
    'csv.highlightCount',
    'field.collections',
  ] as const;
  const rows: string[][] = [header.map((k) => l(k))];
  for (const { clip, highlights, collections } of clipViews(bundle)) {
    const p = clip.policy;
    rows.push([
      clip.title,
      p.docNumber,
      p.issuer,
      p.writtenDate,
      p.publishDate || formatDate(clip.publishedTime),
      p.indexNumber,
      p.subject,
      clip.siteName,
      clip.url,
      formatDate(clip.savedAt),
      String(highlights.length),
      collections.join('; '),
    ]);
  }
  return csvFile(rows);
}
