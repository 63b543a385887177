import { t } from '../../utils/i18n';
import { LANGUAGE_PREFS, type LanguagePref } from '../../utils/i18n/preference';

export interface LanguageSettingProps {
  value: LanguagePref;
  /** store the choice; the page then restarts in it (every page reads the setting at start) */
  onChange: (value: LanguagePref) => void;
}

/** Names of the choices in their own language, so a reader finds theirs whatever the page speaks now. */
const NAMES: Record<LanguagePref, string> = { auto: '', 'zh-CN': '中文', en: 'English' };

/** The options page's language choice: automatic (the browser's), 中文 or English. */
export function LanguageSetting({ value, onChange }: LanguageSettingProps) {
  return (
    <section class="panel" aria-labelledby="language-title">
      <h2 id="language-title">{t('options.language.title')}</h2>
      <label>
        {t('options.language.label')}{' '}
        <select id="ui-language" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as LanguagePref)}>
          {LANGUAGE_PREFS.map((p) => (
            <option key={p} value={p}>
              {p === 'auto' ? t('options.language.auto') : NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{t('options.language.why')}</p>
    </section>
  );
}
