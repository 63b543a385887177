import type { ClausemarkDB } from '../../utils/db';
import { t } from '../../utils/i18n';
import { AutoShowSites, type AutoShowSitesProps } from './AutoShowSites';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export interface OptionsAppProps {
  db: ClausemarkDB;
  save: ExportPanelProps['save'];
  now?: () => number;
  /** the sites with automatic highlights; the section is hidden without it */
  autoShow?: AutoShowSitesProps;
}

/** The "Library & backup" page: export everything, merge a backup in, see the sites with automatic highlights. */
export function OptionsApp({ db, save, now, autoShow }: OptionsAppProps) {
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href="/library.html">{t('libpage.open')}</a>
      </p>
      <ExportPanel db={db} save={save} now={now} />
      <ImportPanel db={db} now={now} />
      {autoShow && <AutoShowSites {...autoShow} />}
    </main>
  );
}
