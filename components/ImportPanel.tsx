import { useState } from 'preact/hooks';
import { importBackupText, type ClausemarkDB, type ImportReport, type MergeCounts } from '../utils/db';
import { LIMITS as BACKUP_LIMITS } from '../utils/export/backup-schema';
import { errorMessage } from '../utils/result';

export interface ImportPanelProps {
  db: ClausemarkDB;
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; report: ImportReport } | { kind: 'error'; message: string };

const MB = 1024 * 1024;
const ROWS: [keyof ImportReport, string][] = [['clips', 'Clips'], ['highlights', 'Highlights'], ['collections', 'Collections']];
const counts = (c: MergeCounts) => `${c.added} added, ${c.updated} updated, ${c.skipped} skipped`;

/** Read a backup file and merge it into the library; a bad file is refused before anything is written. */
export function ImportPanel({ db }: ImportPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    if (!file) return;
    // checked before reading: a huge file would otherwise be loaded into memory first
    if (file.size > BACKUP_LIMITS.text) {
      setState({ kind: 'error', message: `This file is too large (${Math.round(file.size / MB)} MB; a backup can be at most ${BACKUP_LIMITS.text / MB} MB). Nothing was changed.` });
      return;
    }
    setState({ kind: 'working' });
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setState({ kind: 'error', message: `The file could not be read: ${errorMessage(e)}. Nothing was changed.` });
      return;
    }
    const outcome = await importBackupText(db, text);
    setState(outcome.ok ? { kind: 'done', report: outcome.report } : { kind: 'error', message: outcome.message });
  };
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import a backup</h2>
      <p class="muted">
        Merges a Clausemark backup (.json) into this library: pages you already have keep the newer copy, and nothing is
        duplicated. A damaged file changes nothing.
      </p>
      <label for="backup-file">Backup file</label>{' '}
      <input
        id="backup-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
          setState({ kind: 'idle' });
        }}
      />{' '}
      <button type="button" disabled={!file || state.kind === 'working'} onClick={() => void run()}>
        Import
      </button>
      {state.kind === 'working' && <p role="status">Importing…</p>}
      {state.kind === 'error' && <p role="alert" class="notice notice-error">{state.message}</p>}
      {state.kind === 'done' && (
        <div role="status" class="notice notice-ok">
          <p>Imported.</p>
          <ul>
            {ROWS.map(([key, label]) => (
              <li key={key}>
                {label}: {counts(state.report[key])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
