import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ClausemarkDB } from '../../utils/db';
import type { HeadingRequest, OutlinePreview } from '../../utils/messaging';
import { errorText } from '../../utils/error-text';
import { t } from '../../utils/i18n';
import { headingCount, headingKey, headingOccurrence } from '../../utils/outline/heading-key';
import type { Result } from '../../utils/result';
import type { OutlineEntry } from '../../utils/model';
import type { EarlyOutline } from './early-outline';
import { OutlinePreviewButton } from './OutlinePreviewButton';
import { OutlineTree } from '../OutlineTree';
import { useLiveQuery } from '../use-live-query';

export interface PageOutlineProps {
  db: ClausemarkDB;
  tabId: number;
  /** the tab's clip; null when the page is not clipped, undefined while that is still being looked up */
  clipId: string | null | undefined;
  /** read the outline of a page that is not clipped (nothing is saved) */
  previewOutline?: (tabId: number) => Promise<Result<OutlinePreview>>;
  /** scroll the live page to an entry and mark it */
  scrollToHeading?: (tabId: number, request: HeadingRequest) => Promise<Result<{ found: boolean }>>;
  /**
   * Read an unclipped page only when the user asks (a button), not on render: the side panel follows every tab, and
   * must not read pages in the background. The popup previews at once: opening it on the page is the user's ask.
   */
  previewOnRequest?: boolean;
  /** the outline's entries are on screen for the first time (the popup marks it for the bench) */
  onShown?: () => void;
  /** the stored outline or the preview, started before the popup rendered (early-outline.ts); preferred while it lasts */
  early?: Promise<EarlyOutline>;
}

/** The current page's outline: the stored one when clipped, else a preview read from the page. */
export function PageOutline(props: PageOutlineProps) {
  const { db, tabId, previewOutline, scrollToHeading, previewOnRequest, onShown } = props;
  // undefined while the early read is on its way; null when there is none
  const [early, setEarly] = useState<EarlyOutline | null | undefined>(props.early ? undefined : null);
  // Layout effects: they only take promises over, and run at once; a plain effect waits for a paint, and the two in a
  // row (the early read, then its preview) held a big law's outline back two frames after its answer had come.
  useLayoutEffect(() => {
    let live = true;
    void props.early?.then((e) => live && setEarly(e ?? null));
    return () => {
      live = false;
    };
  }, [props.early]);
  // The early read answers for the page until the caller's own lookup does (they agree: the same query).
  const clipId = props.clipId !== undefined ? props.clipId : early?.clipId;
  const body = useLiveQuery(() => (clipId ? db.clipBodies.get(clipId) : undefined), [db, clipId]);
  const [preview, setPreview] = useState<Result<OutlinePreview> | undefined>();
  const [note, setNote] = useState('');
  // how many times the user asked for a preview (a failed read may be tried again)
  const [asks, setAsks] = useState(0);
  // no preview of our own while an early one may be coming: the page would be read twice
  const wantPreview = clipId === null && early !== undefined && !!previewOutline && (!previewOnRequest || asks > 0);

  useLayoutEffect(() => {
    if (!wantPreview || preview) return;
    let live = true;
    const started = asks === 0 && early?.clipId === null ? early.preview : undefined;
    void (started ?? previewOutline!(tabId)).then((r) => live && setPreview(r));
    return () => {
      live = false;
    };
  }, [wantPreview, tabId, asks]);

  // A page that cannot be read for a preview (no article, no access) simply shows no outline.
  const entries: OutlineEntry[] | undefined = clipId
    ? (body.value?.outline ?? (early?.clipId === clipId ? early.outline : undefined))
    : clipId === null && preview?.ok
      ? preview.value.outline
      : undefined;
  // Entries repeating a heading (（一） under 一、 and under 二、) are told apart by their order on the page.
  const keys = useMemo(() => entries?.map(headingKey) ?? [], [entries]);
  const shown = !!entries?.length;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown]);
  if (clipId === null && previewOutline && previewOnRequest && !entries?.length) {
    const ask = () => (setPreview(undefined), setAsks((n) => n + 1));
    return <OutlinePreviewButton asked={asks > 0} failed={!!preview} onAsk={ask} />;
  }
  if (!entries?.length) return null;

  const onActivate = async (entry: OutlineEntry, index: number) => {
    if (!scrollToHeading) return;
    const occurrence = headingOccurrence(keys, index);
    setNote('');
    const count = headingCount(keys, index);
    const r = await scrollToHeading(tabId, { label: entry.label, title: entry.title, preview: entry.preview, occurrence, count });
    if (!r.ok) setNote(errorText(r.error));
    else if (!r.value.found) setNote(t('page.headingNotFound'));
  };

  return (
    <section class="outline" aria-label={t('page.outline')}>
      <h2 class="section-title">
        {t('page.outline')}
        <span class="muted">{t(clipId ? 'page.outlineCount' : 'page.outlineCountPreview', { n: entries.length })}</span>
      </h2>
      <OutlineTree
        key={`${clipId ?? 'preview'}:${entries.length}`}
        entries={entries}
        onActivate={(e, i) => void onActivate(e, i)}
        label={t('page.outlineTree')}
      />
      {note && (
        <p class="muted outline-note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
