/** The export menu as data: each format turns the gathered library into one downloadable file. Pure, runs in Node. */
import { toBackupJson } from '../utils/export/backup';
import { toCslJson } from '../utils/export/csl';
import { toCsv } from '../utils/export/csv';
import { toHtml } from '../utils/export/html';
import { toMarkdownZip } from '../utils/export/markdown';
import type { FullBundle } from '../utils/export/types';

export interface DownloadFile {
  name: string;
  /** MIME type for the blob */
  type: string;
  data: Uint8Array | string;
}

export interface ExportFormat {
  id: 'markdown' | 'csv' | 'html' | 'docx' | 'csl' | 'backup';
  label: string;
  hint: string;
  build: (bundle: FullBundle, now: number) => DownloadFile | Promise<DownloadFile>;
}

/** Local calendar date, as the user expects to see it in a file name: 2026-11-27. */
export function fileDate(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown (.zip)',
    hint: 'one file per clip with front matter, for Obsidian and other editors',
    build: (b, now) => ({ name: `clausemark-${fileDate(now)}.zip`, type: 'application/zip', data: toMarkdownZip(b, { now }) }),
  },
  {
    id: 'csv',
    label: 'Highlights (.csv)',
    hint: 'every highlight with its section and note, for Excel',
    build: (b, now) => ({ name: `clausemark-highlights-${fileDate(now)}.csv`, type: 'text/csv;charset=utf-8', data: toCsv(b) }),
  },
  {
    id: 'html',
    label: 'Web page (.html)',
    hint: 'one printable page',
    build: (b, now) => ({ name: `clausemark-${fileDate(now)}.html`, type: 'text/html;charset=utf-8', data: toHtml(b, { now }) }),
  },
  {
    id: 'docx',
    label: 'Word (.docx)',
    hint: 'a report per clip',
    build: async (b, now) => ({
      name: `clausemark-${fileDate(now)}.docx`,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      // loaded on demand: the docx library is most of the page's code
      data: await (await import('../utils/export/docx')).toDocx(b, { now }),
    }),
  },
  {
    id: 'csl',
    label: 'CSL-JSON (Zotero)',
    hint: 'citations to import into Zotero',
    build: (b, now) => ({ name: `clausemark-${fileDate(now)}.csl.json`, type: 'application/json', data: JSON.stringify(toCslJson(b), null, 2) }),
  },
  {
    id: 'backup',
    label: 'Backup (.json)',
    hint: 'everything, to restore or move to another browser',
    build: (b, now) => ({ name: `clausemark-backup-${fileDate(now)}.json`, type: 'application/json', data: toBackupJson(b, { now }) }),
  },
];
