/** Highlights as CSV (RFC 4180) for Excel, Numbers and LibreOffice. */
import { clipViews, formatDate, pathKey } from './common';
import type { ExportBundle } from './types';

export const CSV_COLUMNS = ['Clip title', 'Section', 'Quote', 'Note', 'Colour', 'URL', 'Clipped'] as const;

/**
 * One field, quoted when RFC 4180 needs it (quote, comma, CR or LF). Formula injection guard: a cell that starts
 * with = + - @ (or a tab/CR, which Excel skips before them) is prefixed with an apostrophe, so a spreadsheet shows
 * page text such as "=HYPERLINK(…)" as text instead of running it.
 */
export function csvField(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Every highlight of every clip, clips in bundle order and highlights in page order. UTF-8 with a BOM, without
 * which Excel reads the file as the local code page and garbles Chinese; CRLF line ends as RFC 4180 says.
 */
export function toCsv(bundle: ExportBundle): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const v of clipViews(bundle)) {
    for (const h of v.highlights) {
      rows.push([v.clip.title, pathKey(h.selectors.outlinePath), h.selectors.quote, h.note, h.color, h.url || v.clip.url, formatDate(v.clip.savedAt)]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
