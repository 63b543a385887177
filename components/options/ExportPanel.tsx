import { useState } from 'preact/hooks';
import { countClips, gatherBundle, type ClausemarkDB } from '../../utils/db';
import { t } from '../../utils/i18n';
import { errorMessage } from '../../utils/result';
import { EXPORT_FORMATS, type DownloadFile, type ExportFormat } from '../export-formats';
import { useLiveQuery } from '../use-live-query';
import { ExportContentChoice, useContentChoice } from '../ExportContentChoice';

export interface ExportPanelProps {
  db: ClausemarkDB;
  /** hand the file to the browser (a blob URL and <a download> in the extension) */
  save: (file: DownloadFile) => void;
  now?: () => number;
}

type State = { kind: 'idle' } | { kind: 'working'; label: string } | { kind: 'done'; name: string } | { kind: 'error'; message: string };

export function ExportPanel({ db, save, now = Date.now }: ExportPanelProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [content, setContent] = useContentChoice();
  const total = useLiveQuery(() => countClips(db), [db]);
  const empty = total.value === 0;
  const n = total.value;
  const summary =
    n === undefined ? t('options.counting') : n === 0 ? t('options.empty') : n === 1 ? t('options.allOne') : t('options.all', { n });

  const run = async (format: ExportFormat) => {
    setState({ kind: 'working', label: format.label });
    try {
      const file = await format.build(await gatherBundle(db), now(), { content });
      save(file);
      setState({ kind: 'done', name: file.name });
    } catch (e) {
      setState({ kind: 'error', message: errorMessage(e) });
    }
  };
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('options.export')}</h2>
      <p class="muted">{summary}</p>
      <ExportContentChoice name="options-export-content" value={content} onChange={setContent} />
      <ul class="formats" role="list">
        {EXPORT_FORMATS.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              disabled={empty || state.kind === 'working'}
              onClick={() => void run(f)}
              aria-describedby={`hint-${f.id}`}
            >
              {f.label}
            </button>{' '}
            <span class="muted" id={`hint-${f.id}`}>
              {f.hint}
            </span>
          </li>
        ))}
      </ul>
      {state.kind === 'working' && <p role="status">{t('options.preparing', { format: state.label })}</p>}
      {state.kind === 'done' && (
        <p role="status" class="notice notice-ok">
          {t('options.saved', { name: state.name })}
        </p>
      )}
      {state.kind === 'error' && (
        <p role="alert" class="notice notice-error">
          {t('options.exportFailed', { detail: state.message })}
        </p>
      )}
    </section>
  );
}
