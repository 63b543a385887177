import { useCallback, useState } from 'preact/hooks';
import { listCollections, type ClausemarkDB } from '../../utils/db';
import { t } from '../../utils/i18n';
import { DEFAULT_VIEW, effectiveSort, nextSort, type FacetKey, type LibView, type SortKey } from '../../utils/library';
import { openableUrl } from '../../utils/safe-url';
import { LibraryBulkBar } from '../library/LibraryBulkBar';
import { LibraryExport } from '../library/LibraryExport';
import { useLiveQuery } from '../use-live-query';
import { COLUMNS } from './columns';
import { tableKey } from './keys';
import { LibChips } from './LibChips';
import { LibHeader } from './LibHeader';
import { LibPreview } from './LibPreview';
import { LibSidebar } from './LibSidebar';
import { LibTable } from './LibTable';
import { clickRow, NO_SELECTION, type Selection } from './selection';
import { UndoToast } from './UndoToast';
import { dragClips, useLibActions } from './use-lib-actions';
import { useEarlyRows, useLibRows, useMatches, type SearchIdsFn } from './use-lib-data';
import { isDefaultView, useLibView } from './use-lib-view';

export interface LibraryPageProps {
  db: ClausemarkDB;
  search: SearchIdsFn;
  /** from the URL, so a bookmark or reload restores the view */
  initialView?: LibView;
  onViewChange?: (view: LibView) => void;
  openReader: (clipId: string) => void;
  openUrl: (url: string) => void;
  download?: (filename: string, blob: Blob) => void;
  onFirstRows?: () => void;
  now?: () => number;
}

/** The full-tab library: search and facets over a sortable, virtualised table, bulk actions, a preview pane. */
export function LibraryPage(props: LibraryPageProps) {
  const { db } = props;
  const [view, setViewState] = useState<LibView>(props.initialView ?? DEFAULT_VIEW);
  const [picked, setSelection] = useState<Selection>(NO_SELECTION);
  const [exportOpen, setExportOpen] = useState(false);
  // the default view paints the newest rows first; the whole table is read once they are on screen
  const early = useEarlyRows(db);
  const [painted, setPainted] = useState(false);
  const all = useLibRows(db, painted || !isDefaultView(view) || early?.length === 0);
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const matches = useMatches(view.q, all.value, props.search);
  const actions = useLibActions(db, collections.value);
  const collectionName = useCallback((id: string) => collections.value?.find((c) => c.id === id)?.name ?? '…', [collections.value]);

  const { rows, counts, order, selection, activeRow } = useLibView(all.value, early, view, matches, picked);
  const selected = [...selection.ids];
  const current = collections.value?.find((c) => c.id === view.facets.collection);

  const setView = (next: LibView) => (setViewState(next), props.onViewChange?.(next));
  const onFacet = (key: FacetKey, value: string | undefined) => setView({ ...view, facets: { ...view.facets, [key]: value } });
  const onSort = (key: SortKey) => setView(nextSort(view, key, !!COLUMNS.find((c) => c.key === key)?.numeric));
  const original = (id: string) => {
    const url = openableUrl(rows?.find((r) => r.clip.id === id)?.clip.url ?? '');
    if (url) props.openUrl(url);
  };
  const onKey = (e: KeyboardEvent, pageRows: number) => {
    const out = tableKey(e, selection, order, pageRows);
    if (out?.kind === 'select') setSelection(out.next);
    else if (out?.kind === 'open') props.openReader(selection.active!);
    else if (out?.kind === 'delete') void actions.delete(selected);
    return !!out && out.kind === 'select';
  };
  // dragging a selected row drags the whole selection
  const onDragStart = (id: string, e: DragEvent) => dragClips(e, selection.ids.has(id) ? selected : [id]);

  return (
    <div class="lib-page">
      <LibHeader
        query={view.q}
        onQuery={(q) => setView({ ...view, q })}
        shown={all.value ? rows?.length : undefined}
        total={all.value?.length}
      />
      <LibChips
        view={view}
        collectionName={collectionName}
        onRemove={(k) => (k === 'q' ? setView({ ...view, q: '' }) : onFacet(k, undefined))}
        onClear={() => setView({ ...DEFAULT_VIEW, sort: view.sort, dir: view.dir })}
      />
      <div class="lib-main">
        <LibSidebar
          db={db}
          view={view}
          counts={counts}
          collections={collections.value}
          collectionName={collectionName}
          onFacet={onFacet}
          onDropOnCollection={(id, e) => void actions.add(id, actions.dropped(e))}
        />
        <main class="lib-center">
          {selected.length > 0 && (
            <LibraryBulkBar
              count={selected.length}
              collections={collections.value}
              current={current}
              undoable
              onClear={() => setSelection({ ...selection, ids: new Set() })}
              onAdd={(id) => actions.add(id, selected)}
              onRemove={async () => current && actions.remove(current.id, selected)}
              onExport={() => setExportOpen(true)}
              onDelete={() => actions.delete(selected)}
            />
          )}
          {props.download && (
            <LibraryExport
              db={db}
              download={props.download}
              collection={current}
              selection={selected}
              view={order}
              open={exportOpen}
              onToggle={setExportOpen}
              now={props.now}
            />
          )}
          {matches?.error && (
            <p class="notice notice-error" role="alert">
              {t('library.searchFailed', { message: matches.error })}
            </p>
          )}
          {rows && !rows.length ? (
            <p class="lib-empty">{all.value?.length ? t('libpage.empty') : t('libpage.emptyLibrary')}</p>
          ) : (
            <LibTable
              rows={rows ?? []}
              sort={effectiveSort(view)}
              onSort={onSort}
              selected={selection.ids}
              active={selection.active}
              collectionName={collectionName}
              onPointer={(id, e) => setSelection(clickRow(selection, order, id, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }))}
              onKey={onKey}
              onOpen={props.openReader}
              onDragStart={onDragStart}
              onFirstRows={() => (requestAnimationFrame(() => setTimeout(() => setPainted(true), 0)), props.onFirstRows?.())}
            />
          )}
        </main>
        <LibPreview
          db={db}
          row={activeRow}
          onRead={props.openReader}
          onOriginal={activeRow && openableUrl(activeRow.clip.url) ? original : undefined}
        />
      </div>
      {actions.toast && (
        <UndoToast
          key={actions.toast.seq}
          text={actions.toast.text}
          onUndo={actions.toast.undo && (() => void actions.undo(actions.toast!.undo!))}
          onDismiss={actions.dismiss}
        />
      )}
    </div>
  );
}
