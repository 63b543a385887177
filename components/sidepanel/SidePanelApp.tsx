import { t } from '../../utils/i18n';
import type { ClausemarkDB } from '../../utils/db';
import type { AnchoringReport, ClipSummary, HeadingRequest, OutlinePreview } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { Access } from '../../utils/sidepanel/access';
import type { TabSource } from '../../utils/sidepanel/tab-source';
import type { ClipMode } from '../../utils/model';
import { useFollowedTab } from './side-panel-follow';
import { SidePanelPage } from './SidePanelPage';

export interface SidePanelAppProps {
  db: ClausemarkDB;
  /** the tab to show: the active tab of the panel's window, followed as it changes */
  tabs: TabSource;
  clip: (tabId: number, mode: ClipMode) => Promise<Result<ClipSummary>>;
  previewOutline?: (tabId: number) => Promise<Result<OutlinePreview>>;
  scrollToHeading?: (tabId: number, request: HeadingRequest) => Promise<Result<{ found: boolean }>>;
  showHighlights?: (tabId: number) => Promise<Result<AnchoringReport>>;
  scrollToHighlight?: (tabId: number, id: string) => Promise<Result<{ found: boolean }>>;
  /** whether scripts may run in the tab; without it the panel assumes they may */
  probeAccess?: (tabId: number) => Promise<Access>;
  /** ask for one site's host permission (a match pattern); called inside the click, as browsers require */
  requestSite?: (pattern: string) => Promise<boolean>;
  /** ask to see tabs' addresses (the optional "tabs" permission); the offer is hidden without it */
  requestTabAddresses?: () => Promise<boolean>;
}

const siteOf = (url: string) => {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
};

/** Chrome's side panel / Firefox's sidebar: the clip state, outline and highlights of the window's active tab. */
export function SidePanelApp(props: SidePanelAppProps) {
  const { tab, tick, refresh } = useFollowedTab(props.tabs);
  return (
    <div class="panel">
      <header class="panel-header">
        <h1>{t('common.appName')}</h1>
      </header>
      <main class="panel-main" aria-label={t('sidepanel.label')}>
        {/* Outside the per-tab part, so screen readers hear which page the panel has moved to. */}
        <p class="panel-page" aria-live="polite">
          {tab?.url && (
            <>
              <span class="muted">{t('sidepanel.page')}</span>
              <span class="panel-page-title" title={tab.url}>
                {tab.title || siteOf(tab.url)}
              </span>
            </>
          )}
        </p>
        {tab === undefined ? (
          <p class="muted">{t('common.loading')}</p>
        ) : tab === null ? (
          <p class="notice notice-error" role="alert">
            {t('sidepanel.noTab')}
          </p>
        ) : (
          // A new tab, address or load starts afresh: clip outcome, access, preview and painted highlights.
          <SidePanelPage
            key={`${tab.id}|${tab.url ?? ''}|${tab.status === 'loading'}|${tab.loads}`}
            {...props}
            tab={tab}
            tick={tick}
            refresh={refresh}
          />
        )}
      </main>
    </div>
  );
}
