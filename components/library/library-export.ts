/** Export from the popup: what to export (everything, a collection, a selection) in one of the options-page formats. */
import { gatherBundle, type ClausemarkDB, type GatherOptions } from '../../utils/db';
import { toMarkdown } from '../../utils/export/markdown';
import { fileDate, type BuildOptions, type DownloadFile, type ExportFormat } from '../export-formats';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'collection'; id: string; name: string }
  | { kind: 'selection'; ids: readonly string[] }
  /** the library page's filtered view */
  | { kind: 'view'; ids: readonly string[] };

function gatherOptions(scope: ExportScope): GatherOptions {
  if (scope.kind === 'collection') return { collectionId: scope.id };
  if (scope.kind === 'selection' || scope.kind === 'view') return { clipIds: scope.ids };
  return {};
}

/** A file-name-safe slug of a collection name (Chinese kept), so exports of different collections are told apart. */
export function scopeSlug(scope: ExportScope): string {
  if (scope.kind !== 'collection') return '';
  const slug = scope.name
    .replace(/[\\/:*?"<>|\s.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug ? `${slug}-` : '';
}

/** Build the file for a scope and format. One clip in Markdown is a plain .md file; several come as a zip. */
export async function buildExport(
  db: ClausemarkDB,
  format: ExportFormat,
  scope: ExportScope,
  now: number,
  opts: BuildOptions = {},
): Promise<DownloadFile> {
  const bundle = await gatherBundle(db, gatherOptions(scope));
  if (format.id === 'markdown' && bundle.clips.length === 1) {
    const [file] = toMarkdown(bundle).files;
    return { name: file!.name, type: 'text/markdown;charset=utf-8', data: file!.content };
  }
  const file = await format.build(bundle, now, opts);
  const slug = scopeSlug(scope);
  // clausemark-2026-11-27.zip → clausemark-法规-2026-11-27.zip
  return slug ? { ...file, name: file.name.replace(`${fileDate(now)}`, `${slug}${fileDate(now)}`) } : file;
}
