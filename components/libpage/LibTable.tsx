import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { LibRow, SortDir, SortKey } from '../../utils/library';
import { COLUMNS, columnLabel } from './columns';
import { LibTableRow } from './LibTableRow';
import { useVirtualRows } from './use-virtual';

export const ROW_HEIGHT = 32;

export interface LibTableProps {
  rows: LibRow[];
  sort: { key: SortKey; dir: SortDir } | null;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  active: string | null;
  collectionName: (id: string) => string;
  onPointer: (id: string, e: MouseEvent) => void;
  /** a key the grid handles; true when it did (the table then moves focus to the active row) */
  onKey: (e: KeyboardEvent, pageRows: number) => boolean;
  onOpen: (id: string) => void;
  onDragStart: (id: string, e: DragEvent) => void;
  onFirstRows?: () => void;
}

/** The clips as an ARIA grid: sortable headers, virtualised rows (10,000 scroll smoothly), roving focus. */
export function LibTable(p: LibTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualRows(p.rows.length, scroller, ROW_HEIGHT);
  const wantFocus = useRef(false);
  const firstRows = useRef(false);
  const activeIndex = p.active === null ? -1 : p.rows.findIndex((r) => r.clip.id === p.active);
  const items = virtual.getVirtualItems();

  useLayoutEffect(() => {
    if (!firstRows.current && items.length && p.onFirstRows) ((firstRows.current = true), p.onFirstRows());
    if (!wantFocus.current || activeIndex < 0) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (el) (el.focus({ preventScroll: true }), (wantFocus.current = false));
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('[role="columnheader"]')) return;
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    if (!p.onKey(e, pageRows)) return;
    e.preventDefault();
    wantFocus.current = true;
  };
  // keep the active row in view after a keyboard move (the row may not be rendered yet: scroll first)
  useLayoutEffect(() => {
    if (wantFocus.current && activeIndex >= 0) virtual.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex]);

  return (
    <div
      class="lib-table"
      role="grid"
      aria-label={t('libpage.table.label')}
      aria-rowcount={p.rows.length + 1}
      aria-colcount={COLUMNS.length}
      aria-multiselectable="true"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" class="lib-head">
        <div role="row" class="lib-row lib-head-row" aria-rowindex={1}>
          {COLUMNS.map((c) => {
            const sorted = p.sort?.key === c.key ? p.sort.dir : null;
            return (
              <div
                role="columnheader"
                key={c.key}
                class={`lib-cell lib-col-${c.key}`}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              >
                <button type="button" class="lib-sort" onClick={() => p.onSort(c.key)}>
                  {columnLabel(c)}
                  <span aria-hidden="true" class="lib-sort-mark">
                    {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" class="lib-body" ref={scroller}>
        <div class="lib-spacer" style={{ height: `${virtual.getTotalSize()}px` }}>
          {items.map((it) => {
            const row = p.rows[it.index]!;
            const id = row.clip.id;
            return (
              <LibTableRow
                key={id}
                row={row}
                index={it.index}
                top={it.start}
                selected={p.selected.has(id)}
                active={id === p.active}
                tabbable={activeIndex >= 0 ? it.index === activeIndex : it.index === 0}
                collectionName={p.collectionName}
                onPointer={p.onPointer}
                onOpen={p.onOpen}
                onDragStart={p.onDragStart}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
