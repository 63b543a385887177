import { useState } from 'preact/hooks';
import type { ClausemarkDB, CollectionInfo } from '../../utils/db';
import { t } from '../../utils/i18n';
import { tn } from './library-plural';
import { errorMessage } from '../../utils/result';
import { EXPORT_FORMATS, type ExportFormat } from '../export-formats';
import type { ExportScope } from './library-export';
import { ExportContentChoice, useContentChoice } from '../ExportContentChoice';

export interface LibraryExportProps {
  db: ClausemarkDB;
  download: (filename: string, blob: Blob) => void;
  /** the collection the library is filtered on */
  collection?: CollectionInfo;
  selection: readonly string[];
  /** the clips the library page shows (its filters and search); offered as a scope when given */
  view?: readonly string[];
  open: boolean;
  onToggle: (open: boolean) => void;
  now?: () => number;
}

type Kind = ExportScope['kind'];
type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; name: string } | { kind: 'error'; message: string };

/** Export the selection, the current collection or everything, in any of the options page's formats. */
export function LibraryExport({ db, download, collection, selection, view, open, onToggle, now = Date.now }: LibraryExportProps) {
  const [choice, setChoice] = useState<Kind>();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [content, setContent] = useContentChoice();
  const available: Kind[] = [
    ...(selection.length ? ['selection' as const] : []),
    ...(view?.length ? ['view' as const] : []),
    ...(collection ? ['collection' as const] : []),
    'all',
  ];
  const kind = choice && available.includes(choice) ? choice : available[0]!;
  const scope: ExportScope =
    kind === 'selection'
      ? { kind, ids: selection }
      : kind === 'view'
        ? { kind, ids: view ?? [] }
        : kind === 'collection' && collection
          ? { kind, id: collection.id, name: collection.name }
          : { kind: 'all' };
  const label = (k: Kind) =>
    k === 'selection'
      ? tn('library.export.selection', selection.length)
      : k === 'view'
        ? tn('libpage.export.view', view?.length ?? 0)
        : k === 'collection'
          ? t('library.export.collection', { name: collection?.name ?? '' })
          : t('library.export.all');

  const run = async (format: ExportFormat) => {
    setState({ kind: 'working' });
    try {
      const { buildExport } = await import('./library-export');
      const file = await buildExport(db, format, scope, now(), { content });
      download(file.name, new Blob([file.data as BlobPart], { type: file.type }));
      setState({ kind: 'done', name: file.name });
    } catch (e) {
      setState({ kind: 'error', message: errorMessage(e) });
    }
  };
  return (
    <details class="library-panel export" open={open} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('library.export.title')}</summary>
      <div class="export-scope">
        <label for="export-scope">{t('library.export.what')}</label>
        <select id="export-scope" value={kind} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as Kind)}>
          {available.map((k) => (
            <option key={k} value={k}>
              {label(k)}
            </option>
          ))}
        </select>
      </div>
      <ExportContentChoice name="library-export-content" value={content} onChange={setContent} />
      <div class="export-formats" role="group" aria-label={t('library.export.formats')}>
        {EXPORT_FORMATS.map((f) => (
          <button type="button" key={f.id} title={f.hint} disabled={state.kind === 'working'} onClick={() => void run(f)}>
            {f.label}
          </button>
        ))}
      </div>
      {state.kind === 'working' && <p aria-live="polite">{t('library.export.working')}</p>}
      {state.kind === 'done' && (
        <p class="notice notice-ok" aria-live="polite">
          {t('library.export.done', { name: state.name })}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="notice notice-error" role="alert">
          {t('library.export.failed', { message: state.message })}
        </p>
      )}
    </details>
  );
}
