import type { ClausemarkDB } from '../utils/db';
import { t } from '../utils/i18n';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export interface OptionsAppProps {
  db: ClausemarkDB;
  save: ExportPanelProps['save'];
  now?: () => number;
}

/** The "Library & backup" page: export everything, or merge a backup in. */
export function OptionsApp({ db, save, now }: OptionsAppProps) {
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <ExportPanel db={db} save={save} now={now} />
      <ImportPanel db={db} now={now} />
    </main>
  );
}
