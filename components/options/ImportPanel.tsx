import { useRef, useState } from 'preact/hooks';
import { applyImportPlan, planBackupText, type ClausemarkDB } from '../../utils/db';
import type { ImportPlan, ImportReport, MergeCounts } from '../../utils/export/backup';
import { LIMITS as BACKUP_LIMITS } from '../../utils/export/backup/schema';
import { problemText } from '../../utils/error-text';
import { t } from '../../utils/i18n';
import { errorMessage } from '../../utils/result';
import { ImportPlanView } from './ImportPlanView';

export interface ImportPanelProps {
  db: ClausemarkDB;
  /** the clock a backup's dates are capped against (tests pin it) */
  now?: () => number;
}

type State =
  | { kind: 'idle' }
  | { kind: 'planning' }
  | { kind: 'planned'; plan: ImportPlan }
  | { kind: 'working'; plan: ImportPlan }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'error'; message: string };

const MB = 1024 * 1024;
const ROWS = [
  ['clips', 'options.row.clips'],
  ['highlights', 'options.row.highlights'],
  ['collections', 'options.row.collections'],
] as const;
const counts = (c: MergeCounts) => t('options.counts', { added: c.added, updated: c.updated, skipped: c.skipped });
// the database layer's refusals carry their i18n key: shown in the UI's language
const shown = problemText;

/**
 * Choosing a backup file reads it and shows what importing it would do (nothing is written); Import then applies
 * that, replacing the user's clips only if they ticked the box. A bad file is refused before anything is written.
 */
export function ImportPanel({ db, now = Date.now }: ImportPanelProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [replace, setReplace] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | null) => {
    setReplace(false);
    if (!file) return setState({ kind: 'idle' });
    // checked before reading: a huge file would otherwise be loaded into memory first
    if (file.size > BACKUP_LIMITS.text)
      return setState({
        kind: 'error',
        message: t('options.tooLarge', { size: Math.round(file.size / MB), max: BACKUP_LIMITS.text / MB }),
      });
    setState({ kind: 'planning' });
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return setState({ kind: 'error', message: t('options.unreadable', { detail: errorMessage(e) }) });
    }
    const planned = await planBackupText(db, text, now());
    setState(planned.ok ? { kind: 'planned', plan: planned.plan } : { kind: 'error', message: shown(planned) });
  };
  const run = async () => {
    if (state.kind !== 'planned') return;
    setState({ kind: 'working', plan: state.plan });
    const outcome = await applyImportPlan(db, state.plan, { replace });
    setState(outcome.ok ? { kind: 'done', report: outcome.report } : { kind: 'error', message: shown(outcome) });
    // a plan is used once: choosing the same file again (no change event otherwise) plans it afresh
    if (input.current) input.current.value = '';
  };
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('options.import')}</h2>
      <p class="muted">{t('options.importIntro')}</p>
      <label for="backup-file">{t('options.file')}</label>{' '}
      <input
        ref={input}
        id="backup-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void choose((e.currentTarget as HTMLInputElement).files?.[0] ?? null)}
      />{' '}
      <button type="button" disabled={state.kind !== 'planned'} onClick={() => void run()}>
        {t('options.importButton')}
      </button>
      {state.kind === 'planning' && <p role="status">{t('options.planning')}</p>}
      {(state.kind === 'planned' || state.kind === 'working') && (
        <ImportPlanView plan={state.plan} replace={replace} onReplace={setReplace} />
      )}
      {state.kind === 'working' && <p role="status">{t('options.importing')}</p>}
      {state.kind === 'error' && (
        <p role="alert" class="notice notice-error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div role="status" class="notice notice-ok">
          <p>{t('options.imported')}</p>
          <ul>
            {ROWS.map(([key, label]) => (
              <li key={key}>{t('options.row', { label: t(label), counts: counts(state.report[key]) })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
