import { useState } from 'preact/hooks';
import type { Clip } from '../../utils/model';
import { formatDate } from '../../utils/format';
import { getLocale, t } from '../../utils/i18n';
import { originPattern } from '../../utils/sidepanel/access';

export interface SidePanelAccessProps {
  /** hidden: the browser does not even tell the page's address; denied: it refuses to let scripts run there */
  kind: 'hidden' | 'denied';
  url?: string;
  /** the page's clip (null when not clipped, undefined while looking) */
  existing?: Clip | null;
  requestSite?: (pattern: string) => Promise<boolean>;
  requestTabAddresses?: () => Promise<boolean>;
  /** look again, after a grant or when the user says so */
  onRetry: () => void;
}

/** Says plainly why the panel cannot reach the page, and what grants it. Never a raw browser error. */
export function SidePanelAccess({ kind, url, existing, requestSite, requestTabAddresses, onRetry }: SidePanelAccessProps) {
  const [refused, setRefused] = useState(false);
  const pattern = kind === 'denied' ? originPattern(url) : null;
  const site = url ? (pattern ? new URL(url).hostname : url) : '';
  // The permission request must start inside the click itself: no await before it.
  const ask = (request: () => Promise<boolean>) => () =>
    void request().then(
      (granted) => (granted ? (setRefused(false), onRetry()) : setRefused(true)),
      () => setRefused(true),
    );
  const hidden = kind === 'hidden';
  return (
    <section class="access" aria-labelledby="access-title">
      <h2 id="access-title" class="access-title">
        {t(hidden ? 'sidepanel.hidden.title' : 'sidepanel.denied.title')}
      </h2>
      <p>
        {hidden ? t('sidepanel.hidden.body') : url?.startsWith('file:') ? t('sidepanel.denied.file') : t('sidepanel.denied.body', { site })}
      </p>
      <div class="access-actions">
        {pattern && requestSite && (
          <button type="button" class="primary" onClick={ask(() => requestSite(pattern))}>
            {t('sidepanel.denied.allow')}
          </button>
        )}
        {hidden && requestTabAddresses && (
          <button type="button" class="primary" onClick={ask(requestTabAddresses)}>
            {t('sidepanel.hidden.allow')}
          </button>
        )}
        <button type="button" onClick={onRetry}>
          {t('sidepanel.checkAgain')}
        </button>
      </div>
      {hidden && requestTabAddresses && <p class="muted access-hint">{t('sidepanel.hidden.allowHint')}</p>}
      {refused && (
        <p class="muted" role="status">
          {t('sidepanel.denied.refused')}
        </p>
      )}
      {!hidden && existing === null && <p class="muted access-hint">{t('sidepanel.denied.notClipped')}</p>}
      {!hidden && existing && (
        <p class="muted access-hint">
          <strong>{t('sidepanel.clippedOn', { date: formatDate(existing.updatedAt, getLocale()) })}</strong> {t('sidepanel.denied.stored')}
        </p>
      )}
    </section>
  );
}
