import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { patternHost } from '../../utils/site-pattern';

export interface AutoShowSitesProps {
  /** the sites (host match patterns) auto-show is on for */
  load: () => Promise<string[]>;
  /** turn it off there and give back the access it asked for */
  remove: (pattern: string) => Promise<void>;
  /** call back when the list changed elsewhere (the popup, a deleted clip); returns the unsubscribe */
  subscribe?: (onChange: () => void) => () => void;
}

/** The options page's list of sites with automatic highlights, each with a Remove button. */
export function AutoShowSites({ load, remove, subscribe }: AutoShowSitesProps) {
  const [sites, setSites] = useState<string[] | undefined>();
  useEffect(() => {
    let live = true;
    const read = () =>
      void load().then(
        (s) => live && setSites(s),
        () => live && setSites([]),
      );
    read();
    const off = subscribe?.(read);
    return () => {
      live = false;
      off?.();
    };
  }, []);
  const onRemove = async (pattern: string) => {
    await remove(pattern).catch(() => {});
    setSites(await load().catch(() => []));
  };
  return (
    <section class="panel" aria-labelledby="auto-show-title">
      <h2 id="auto-show-title">{t('options.autoShow.title')}</h2>
      <p class="muted">{t('options.autoShow.why')}</p>
      {sites?.length === 0 && <p>{t('options.autoShow.empty')}</p>}
      {!!sites?.length && (
        <ul class="formats" role="list">
          {sites.map((p) => (
            <li key={p}>
              <span>{patternHost(p)}</span> <span class="muted">{p.startsWith('http:') ? 'http' : 'https'}</span>{' '}
              <button
                type="button"
                aria-label={t('options.autoShow.removeSite', { site: patternHost(p) })}
                onClick={() => void onRemove(p)}
              >
                {t('options.autoShow.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
