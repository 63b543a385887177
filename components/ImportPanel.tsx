import { useState } from 'preact/hooks';
import { importBackupText, type ClausemarkDB, type ImportReport, type MergeCounts } from '../utils/db';
import { LIMITS as BACKUP_LIMITS } from '../utils/export/backup-schema';
import { localizeMessage } from '../utils/error-text';
import { t } from '../utils/i18n';
import { errorMessage } from '../utils/result';

export interface ImportPanelProps {
  db: ClausemarkDB;
}

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; report: ImportReport } | { kind: 'error'; message: string };

const MB = 1024 * 1024;
const ROWS = [['clips', 'options.row.clips'], ['highlights', 'options.row.highlights'], ['collections', 'options.row.collections']] as const;
const counts = (c: MergeCounts) => t('options.counts', { added: c.added, updated: c.updated, skipped: c.skipped });

/** Read a backup file and merge it into the library; a bad file is refused before anything is written. */
export function ImportPanel({ db }: ImportPanelProps) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    if (!file) return;
    // checked before reading: a huge file would otherwise be loaded into memory first
    if (file.size > BACKUP_LIMITS.text) {
      setState({ kind: 'error', message: t('options.tooLarge', { size: Math.round(file.size / MB), max: BACKUP_LIMITS.text / MB }) });
      return;
    }
    setState({ kind: 'working' });
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setState({ kind: 'error', message: t('options.unreadable', { detail: errorMessage(e) }) });
      return;
    }
    const outcome = await importBackupText(db, text);
    // the database layer explains in English; known explanations are shown translated
    setState(outcome.ok ? { kind: 'done', report: outcome.report } : { kind: 'error', message: localizeMessage(outcome.message) ?? outcome.message });
  };
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('options.import')}</h2>
      <p class="muted">{t('options.importIntro')}</p>
      <label for="backup-file">{t('options.file')}</label>{' '}
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
        {t('options.importButton')}
      </button>
      {state.kind === 'working' && <p role="status">{t('options.importing')}</p>}
      {state.kind === 'error' && <p role="alert" class="notice notice-error">{state.message}</p>}
      {state.kind === 'done' && (
        <div role="status" class="notice notice-ok">
          <p>{t('options.imported')}</p>
          <ul>
            {ROWS.map(([key, label]) => (
              <li key={key}>
                {t('options.row', { label: t(label), counts: counts(state.report[key]) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
