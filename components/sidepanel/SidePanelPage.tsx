import { useEffect, useState } from 'preact/hooks';
import { clipForUrl } from '../../utils/db';
import { t } from '../../utils/i18n';
import type { Access } from '../../utils/sidepanel/access';
import type { PanelTab } from '../../utils/sidepanel/tab-source';
import type { ClipMode } from '../../utils/model';
import { whyNotClippable } from '../../utils/url';
import { looksLikePdf, originPattern } from '../../utils/clipper/pdf-url';
import { CurrentPage, type ClipState } from '../page/CurrentPage';
import { PageHighlights } from '../page/PageHighlights';
import { PageOutline } from '../page/PageOutline';
import type { SidePanelAppProps } from './SidePanelApp';
import { SidePanelAccess } from './SidePanelAccess';
import { useLiveQuery } from '../use-live-query';

export interface SidePanelPageProps extends Omit<SidePanelAppProps, 'tabs'> {
  tab: PanelTab;
  /** changes whenever the followed tab may have changed; a refused page asks for access again then */
  tick: number;
  refresh: () => void;
}

/** One tab in the side panel. Live actions (preview, scroll, paint) are wired only once the page may be read. */
export function SidePanelPage(props: SidePanelPageProps) {
  const { db, tab } = props;
  const url = tab.url;
  const blocked = url ? whyNotClippable(url) : null;
  const loading = tab.status === 'loading';
  // null = not clipped, undefined = still looking
  const existing = useLiveQuery(async () => (url ? ((await clipForUrl(db, url)) ?? null) : null), [db, url]);
  const [state, setState] = useState<ClipState>({ kind: 'idle' });
  // A PDF is read from its address, not by a script in the viewer: no access to probe, no live action to offer.
  const pdf = looksLikePdf(url);
  const [access, setAccess] = useState<Access | 'checking'>(props.probeAccess && !pdf ? 'checking' : 'ok');

  useEffect(() => {
    if (!props.probeAccess || !url || blocked || loading || access === 'ok' || pdf) return;
    let live = true;
    void props.probeAccess(tab.id).then((a) => live && setAccess(a));
    return () => {
      live = false;
    };
  }, [tab.id, props.tick]);

  if (blocked) return <CurrentPage blocked={blocked} existing={undefined} state={state} onClip={() => {}} />;
  if (!url) return <SidePanelAccess kind="hidden" requestTabAddresses={props.requestTabAddresses} onRetry={props.refresh} />;

  const onClip = async (mode: ClipMode) => {
    setState({ kind: 'working', mode });
    setState({ kind: 'done', result: await props.clip(tab.id, mode) });
  };
  // A PDF the panel may not download yet: its site is asked for inside that click, then clipped again.
  const site = pdf && props.requestSite ? originPattern(url) : null;
  const clipAgain = (granted: boolean) => void (granted && onClip('article'));
  const onAllowSite = site ? () => void props.requestSite!(site).then(clipAgain) : undefined;
  const clipId = existing.value === undefined ? undefined : (existing.value?.id ?? null);
  // 'failed' (an error page, a navigation) still lets each action try and explain its own failure.
  const live = !pdf && (access === 'ok' || access === 'failed');
  return (
    <>
      {(loading || access === 'checking') && (
        <p class="muted" role="status">
          {loading ? t('common.loading') : t('sidepanel.checking')}
        </p>
      )}
      {access === 'denied' && (
        <SidePanelAccess
          kind="denied"
          url={url}
          existing={existing.value}
          requestSite={props.requestSite}
          onRetry={() => {
            setAccess('checking');
            props.refresh();
          }}
        />
      )}
      {(live || pdf) && (
        <CurrentPage
          blocked={null}
          existing={existing.value ?? undefined}
          state={state}
          onClip={(m) => void onClip(m)}
          onAllowSite={onAllowSite}
        />
      )}
      {access !== 'checking' && (
        <>
          <PageHighlights
            key={`hl:${live}`}
            db={db}
            tabId={tab.id}
            clipId={clipId}
            // Only a clipped page has highlights to paint: an unclipped page the panel merely follows is left alone.
            showHighlights={live && clipId ? props.showHighlights : undefined}
            scrollToHighlight={live ? props.scrollToHighlight : undefined}
          />
          <PageOutline
            key={`ol:${live}`}
            db={db}
            tabId={tab.id}
            clipId={clipId}
            previewOutline={live ? props.previewOutline : undefined}
            previewOnRequest
            scrollToHeading={live ? props.scrollToHeading : undefined}
          />
        </>
      )}
    </>
  );
}
