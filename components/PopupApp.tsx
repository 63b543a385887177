import { useState } from 'preact/hooks';
import { clipForUrl, type ClausemarkDB } from '../utils/db';
import type { ClipMode, LibraryPage } from '../utils/model';
import { t } from '../utils/i18n';
import type { AnchoringReport, ClipSummary, HeadingRequest, OutlinePreview } from '../utils/messaging';
import type { Result } from '../utils/result';
import { whyNotClippable } from '../utils/url';
import { looksLikePdf } from '../utils/clipper/pdf-url';
import { CurrentPage, type ClipState } from './page/CurrentPage';
import { AttachmentOffer, type AttachmentActions } from './page/AttachmentOffer';
import { usePdfClip, type PdfProgressWatch } from './page/use-pdf-clip';
import { AutoShowToggle, type AutoShowToggleProps } from './page/AutoShowToggle';
import { Library } from './library/Library';
import type { SearchFn } from './library/library-rows';
import { PageHighlights } from './page/PageHighlights';
import { PageOutline } from './page/PageOutline';
import type { EarlyOutline } from './page/early-outline';
import { useLiveQuery } from './use-live-query';

export interface PopupAppProps {
  db: ClausemarkDB;
  /** the tab the popup acts on; null when there is none (e.g. a devtools window) */
  tab: { id: number; url: string | undefined } | null;
  clip: (tabId: number, mode: ClipMode) => Promise<Result<ClipSummary>>;
  openUrl: (url: string) => void;
  /** outcome of a shortcut/menu clip of this tab made while the popup was closed */
  lastOutcome?: Result<ClipSummary>;
  /** outline of the tab's page when it is not clipped; without it such pages show no outline */
  previewOutline?: (tabId: number) => Promise<Result<OutlinePreview>>;
  /** scroll the tab to an outline entry; without it entries do nothing */
  scrollToHeading?: (tabId: number, request: HeadingRequest) => Promise<Result<{ found: boolean }>>;
  /** inject the highlighter into the tab: it paints the page's highlights and reports those it could not place */
  showHighlights?: (tabId: number) => Promise<Result<AnchoringReport>>;
  scrollToHighlight?: (tabId: number, id: string) => Promise<Result<{ found: boolean }>>;
  /** the "show my highlights automatically on this site" setting; hidden without it and on pages that cannot be read */
  autoShow?: AutoShowToggleProps;
  /** open the options page (export, backup); the link is hidden without it */
  openLibrary?: () => void;
  /** open the full-tab library page (library.html) */
  openLibraryPage?: () => void;
  /** open the side panel (Chrome) / sidebar (Firefox) for this window; must run inside the click; hidden without it */
  openSidePanel?: () => void;
  /** full-text search of the library (in the background); no search box without it */
  search?: SearchFn;
  /** open a clip in the reader page */
  openReader?: (clipId: string) => void;
  /** hand an exported file to the browser; no export without it */
  download?: (filename: string, blob: Blob) => void;
  /** the first library rows are on screen (the popup marks its first render with it) */
  onFirstRows?: () => void;
  /** the page's outline is on screen (the popup marks it for the bench) */
  onOutlineShown?: () => void;
  /** the page's stored outline or its preview, started before the first render */
  earlyOutline?: Promise<EarlyOutline>;
  /** follow a PDF clip's progress (pages read) in a tab; returns the unsubscribe */
  watchPdfProgress?: PdfProgressWatch;
  /** ask for a PDF's site (permissions.request): must run inside the click; no "Allow this site" button without it */
  requestSite?: (url: string) => Promise<boolean>;
  /** the library's first page, read before the first render */
  firstPage?: LibraryPage;
  /** clip the 附件 of a notice just clipped (issue 18); no offer without it */
  attachments?: AttachmentActions;
}

export function PopupApp(props: PopupAppProps) {
  const { db, tab, clip, openUrl, lastOutcome, previewOutline, scrollToHeading } = props;
  const [state, setState] = useState<ClipState>(lastOutcome ? { kind: 'done', result: lastOutcome } : { kind: 'idle' });
  // null = not clipped, undefined = still looking
  const existing = useLiveQuery(async () => (tab?.url ? ((await clipForUrl(db, tab.url)) ?? null) : null), [db, tab?.url]);
  const blocked = tab ? whyNotClippable(tab.url) : t('popup.noTab');
  // Nothing is injected into the browser's PDF viewer: no live highlights, preview, scrolling or auto-show there.
  const pdfTab = looksLikePdf(tab?.url);
  const pdf = usePdfClip(tab, props.watchPdfProgress, props.requestSite, () => void onClip('article'));
  const onClip = async (mode: ClipMode) => {
    if (!tab) return;
    pdf.resetProgress();
    setState({ kind: 'working', mode });
    const result = await clip(tab.id, mode);
    pdf.resetProgress();
    setState({ kind: 'done', result });
  };
  // a notice just clipped (here, or by shortcut or menu before the popup opened) offers its 附件
  const done = state.kind === 'done' ? state.result : null;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('common.appName')}</h1>
      </header>
      <CurrentPage
        blocked={blocked}
        existing={existing.value ?? undefined}
        state={state}
        onClip={onClip}
        // also a shortcut or menu clip of this tab still reading when the popup opened (a Word file: 0 of 0 until done)
        progress={
          state.kind === 'working' || (pdf.progress && (pdf.progress.done < pdf.progress.total || pdf.progress.total === 0))
            ? pdf.progress
            : null
        }
        onAllowSite={pdf.onAllowSite}
      />
      {tab && props.attachments && done?.ok && done.value.attachments?.length ? (
        <AttachmentOffer key={done.value.clipId} db={db} tab={tab} notice={done.value} {...props.attachments} progress={pdf.progress} />
      ) : null}
      {tab && !blocked && (
        <PageHighlights
          db={db}
          tabId={tab.id}
          clipId={existing.value === undefined ? undefined : (existing.value?.id ?? null)}
          showHighlights={pdfTab ? undefined : props.showHighlights}
          scrollToHighlight={pdfTab ? undefined : props.scrollToHighlight}
        />
      )}
      {tab && !blocked && (
        <PageOutline
          db={db}
          tabId={tab.id}
          clipId={existing.value === undefined ? undefined : (existing.value?.id ?? null)}
          previewOutline={pdfTab ? undefined : previewOutline}
          scrollToHeading={pdfTab ? undefined : scrollToHeading}
          onShown={props.onOutlineShown}
          early={props.earlyOutline}
        />
      )}
      <Library
        db={db}
        openUrl={openUrl}
        search={props.search}
        openReader={props.openReader}
        download={props.download}
        onFirstRows={props.onFirstRows}
        firstPage={props.firstPage}
        searchKey
      />
      {props.autoShow && !blocked && !pdfTab && <AutoShowToggle {...props.autoShow} />}
      {(props.openLibrary || props.openSidePanel || props.openLibraryPage) && (
        <footer class="setting popup-footer">
          {props.openSidePanel && (
            <button type="button" class="link-button" id="open-side-panel" onClick={props.openSidePanel}>
              {t('popup.openSidePanel')}
            </button>
          )}
          {props.openLibraryPage && (
            <button type="button" class="link-button" id="open-library-page" onClick={props.openLibraryPage}>
              {t('libpage.open')}
            </button>
          )}
          {props.openLibrary && (
            <button type="button" class="link-button" onClick={props.openLibrary}>
              {t('popup.libraryAndBackup')}
            </button>
          )}
        </footer>
      )}
    </main>
  );
}
