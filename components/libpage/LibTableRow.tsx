import { memo } from 'preact/compat';
import type { LibRow } from '../../utils/library';
import { COLUMNS } from './columns';

export interface LibTableRowProps {
  row: LibRow;
  index: number;
  top: number;
  selected: boolean;
  active: boolean;
  /** the row Tab lands on: the active one, else the first */
  tabbable: boolean;
  collectionName: (id: string) => string;
  onPointer: (id: string, e: MouseEvent) => void;
  onOpen: (id: string) => void;
  onDragStart: (id: string, e: DragEvent) => void;
}

/** One clip as a grid row, absolutely placed by the virtualiser. */
export const LibTableRow = memo(function LibTableRow(p: LibTableRowProps) {
  const { row, index } = p;
  return (
    <div
      role="row"
      class={`lib-row${p.selected ? ' lib-row-selected' : ''}${p.active ? ' lib-row-active' : ''}`}
      aria-rowindex={index + 2}
      aria-selected={p.selected}
      data-index={index}
      data-id={row.clip.id}
      tabIndex={p.tabbable ? 0 : -1}
      style={{ transform: `translateY(${p.top}px)` }}
      draggable
      onMouseDown={(e) => e.shiftKey && e.preventDefault() /* no text selection on shift-click */}
      onClick={(e) => p.onPointer(row.clip.id, e)}
      onDblClick={() => p.onOpen(row.clip.id)}
      onDragStart={(e) => p.onDragStart(row.clip.id, e)}
    >
      {COLUMNS.map((c) => {
        const text = c.text(row, p.collectionName);
        return (
          <div role="gridcell" key={c.key} class={`lib-cell lib-col-${c.key}`} title={c.key === 'title' ? text : undefined}>
            {text}
          </div>
        );
      })}
    </div>
  );
});
