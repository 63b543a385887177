import type { ClausemarkDB } from '../../utils/db';
import { t } from '../../utils/i18n';
import { AutoShowSites, type AutoShowSitesProps } from './AutoShowSites';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LanguageSetting, type LanguageSettingProps } from './LanguageSetting';

export interface OptionsAppProps {
  db: ClausemarkDB;
  save: ExportPanelProps['save'];
  now?: () => number;
  /** the sites with automatic highlights; the section is hidden without it */
  autoShow?: AutoShowSitesProps;
  /** the UI language setting; the section is hidden without it */
  language?: LanguageSettingProps;
}

/** The "Library & backup" page: export everything, merge a backup in, see the sites with automatic highlights. */
export function OptionsApp({ db, save, now, autoShow, language }: OptionsAppProps) {
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href="/library.html">{t('libpage.open')}</a>
      </p>
      <ExportPanel db={db} save={save} now={now} />
      <ImportPanel db={db} now={now} />
      {autoShow && <AutoShowSites {...autoShow} />}
      {language && <LanguageSetting {...language} />}
    </main>
  );
}
