import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface AutoShowToggleProps {
  /** the site it applies to (the tab's host), named in the label */
  site: string;
  /** whether it is on for this site now (in the setting and granted) */
  isEnabled: () => Promise<boolean>;
  /** Ask for (or give back) this site's permission; must run from the click. Resolves to the new state. */
  setEnabled: (on: boolean) => Promise<boolean>;
}

export function AutoShowToggle({ site, isEnabled, setEnabled }: AutoShowToggleProps) {
  const [on, setOn] = useState<boolean | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    void isEnabled().then(setOn, () => setOn(false));
  }, []);
  const onChange = (want: boolean) => {
    setError('');
    // Called straight from the click: permissions.request needs the user gesture.
    setEnabled(want).then(setOn, (e: unknown) => setError(String((e as Error)?.message ?? e)));
  };
  return (
    <div class="setting">
      <label>
        <input
          type="checkbox"
          id="auto-show"
          aria-describedby="auto-show-hint"
          checked={!!on}
          disabled={on === undefined}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
        />{' '}
        {t('page.autoShow', { site })}
      </label>
      <p class="muted setting-hint" id="auto-show-hint">
        {t('page.autoShowHint')}
      </p>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
