import { useState } from 'preact/hooks';
import { countClips, gatherBundle, type ClausemarkDB } from '../utils/db';
import { errorMessage } from '../utils/result';
import { EXPORT_FORMATS, type DownloadFile, type ExportFormat } from './export-formats';
import { useLiveQuery } from './use-live-query';

export interface ExportPanelProps {
  db: ClausemarkDB;
  /** hand the file to the browser (a blob URL and <a download> in the extension) */
  save: (file: DownloadFile) => void;
  now?: () => number;
}

type State = { kind: 'idle' } | { kind: 'working'; label: string } | { kind: 'done'; name: string } | { kind: 'error'; message: string };

export function ExportPanel({ db, save, now = Date.now }: ExportPanelProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const total = useLiveQuery(() => countClips(db), [db]);
  const empty = total.value === 0;

  const run = async (format: ExportFormat) => {
    setState({ kind: 'working', label: format.label });
    try {
      const file = await format.build(await gatherBundle(db), now());
      save(file);
      setState({ kind: 'done', name: file.name });
    } catch (e) {
      setState({ kind: 'error', message: errorMessage(e) });
    }
  };
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p class="muted">
        {total.value === undefined ? 'Counting clips…' : empty ? 'The library is empty: nothing to export yet.' : `All ${total.value} clips, with their highlights.`}
      </p>
      <ul class="formats" role="list">
        {EXPORT_FORMATS.map((f) => (
          <li key={f.id}>
            <button type="button" disabled={empty || state.kind === 'working'} onClick={() => void run(f)} aria-describedby={`hint-${f.id}`}>
              {f.label}
            </button>{' '}
            <span class="muted" id={`hint-${f.id}`}>{f.hint}</span>
          </li>
        ))}
      </ul>
      {state.kind === 'working' && <p role="status">Preparing {state.label}…</p>}
      {state.kind === 'done' && <p role="status" class="notice notice-ok">Saved {state.name}</p>}
      {state.kind === 'error' && <p role="alert" class="notice notice-error">The export failed: {state.message}</p>}
    </section>
  );
}
