import { useEffect, useMemo, useState } from 'preact/hooks';
import { highlightsOfClip, type ClausemarkDB, type Highlight } from '../../utils/db';
import { errorText } from '../../utils/error-text';
import { groupHighlights } from '../../utils/outline/groups';
import { t, type MessageKey } from '../../utils/i18n';
import type { AnchoringReport } from '../../utils/messaging';
import { COLOR_SET, colorOf, isColor } from '../../utils/model/colors';
import type { Result } from '../../utils/result';
import { useLiveQuery } from '../use-live-query';
import { useUndoDelete } from '../use-undo-delete';

export interface PageHighlightsProps {
  db: ClausemarkDB;
  tabId: number;
  /** the tab's clip; null when the page is not clipped, undefined while that is still being looked up */
  clipId: string | null | undefined;
  /** inject the highlighter: it paints the page's highlights and says which it could not place */
  showHighlights?: (tabId: number) => Promise<Result<AnchoringReport>>;
  scrollToHighlight?: (tabId: number, id: string) => Promise<Result<{ found: boolean }>>;
}

const colorName = (c: string) => (isColor(c) ? t(`page.color.${c}` as MessageKey) : c);
const short = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The page's highlights under their outline sections; those the page no longer has under "Not found on this page". */
export function PageHighlights({ db, tabId, clipId, showHighlights, scrollToHighlight }: PageHighlightsProps) {
  const list = useLiveQuery(() => (clipId ? highlightsOfClip(db, clipId) : []), [db, clipId]);
  const [report, setReport] = useState<AnchoringReport | undefined>();
  const [note, setNote] = useState('');
  const undo = useUndoDelete(db);

  // Opening the popup (activeTab) is what lets the highlighter into the page: paint and anchor at once.
  useEffect(() => {
    if (!showHighlights) return;
    let live = true;
    void showHighlights(tabId).then((r) => live && r.ok && setReport(r.value));
    return () => {
      live = false;
    };
  }, [tabId, clipId, list.value?.length]);

  const missing = useMemo(() => new Set(report?.missing ?? []), [report]);
  const { groups, notFound } = useMemo(() => groupHighlights(list.value ?? [], missing), [list.value, missing]);
  // the toast outlives the list: deleting the last highlight must still offer Undo
  if (!list.value?.length) return undo.toast;

  const onOpen = async (h: Highlight) => {
    if (!scrollToHighlight) return;
    setNote('');
    const r = await scrollToHighlight(tabId, h.id);
    if (!r.ok) setNote(errorText(r.error));
    else if (!r.value.found) setNote(t('page.highlightNotFound'));
  };
  const item = (h: Highlight, placed: boolean) => (
    <li key={h.id} class="hl-item">
      <button type="button" class="hl-open" disabled={!placed} onClick={() => void onOpen(h)} title={h.selectors.quote}>
        <span class="hl-swatch" style={{ background: COLOR_SET[colorOf(h.color)].swatch }} role="img" aria-label={colorName(h.color)} />
        <span class="hl-quote" id={`hl-q-${h.id}`}>
          {short(h.selectors.quote)}
        </span>
        {h.note && <span class="hl-note muted">{short(h.note, 200)}</span>}
      </button>
      <button
        type="button"
        class="hl-delete"
        aria-label={t('page.deleteHighlight')}
        aria-describedby={`hl-q-${h.id}`}
        title={t('common.delete')}
        onClick={() => void undo.remove(h.id)}
      >
        ×
      </button>
    </li>
  );
  return (
    <section class="highlights" aria-label={t('page.highlights')}>
      <h2 class="section-title">
        {t('page.highlights')}
        <span class="muted">{t('page.outlineCount', { n: list.value.length })}</span>
      </h2>
      {groups.map((g, i) => (
        <div class="hl-group" key={`${i}:${g.section}`}>
          <h3 class="hl-section">{g.section || t('page.beforeFirstHeading')}</h3>
          <ul class="hl-list">{g.items.map((h) => item(h, true))}</ul>
        </div>
      ))}
      {notFound.length > 0 && (
        <div class="hl-group hl-missing" role="group" aria-label={t('page.notFound')}>
          <h3 class="hl-section">{t('page.notFound')}</h3>
          <p class="muted hl-hint">{t('page.notFoundHint')}</p>
          <ul class="hl-list">{notFound.map((h) => item(h, false))}</ul>
        </div>
      )}
      {note && (
        <p class="muted outline-note" role="status">
          {note}
        </p>
      )}
      {undo.toast}
    </section>
  );
}
