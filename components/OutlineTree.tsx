import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../utils/i18n';
import { buildTreeModel, defaultExpanded, hasChildren, shownAncestor, visibleRows } from '../utils/outline/tree';
import type { OutlineEntry } from '../utils/model';

export interface OutlineTreeProps {
  entries: OutlineEntry[];
  /** Enter, Space or a click on an entry */
  onActivate: (entry: OutlineEntry, index: number) => void;
  /** accessible name of the tree */
  label?: string;
}

/**
 * The ARIA tree pattern over a flat list (aria-level/setsize/posinset instead of nested groups), with a roving
 * tabindex. Only rows under expanded entries are rendered, so a 1,300-article law stays quick.
 */
export function OutlineTree({ entries, onActivate, label = t('page.outline') }: OutlineTreeProps) {
  const model = useMemo(() => buildTreeModel(entries), [entries]);
  const [expanded, setExpanded] = useState(() => defaultExpanded(model));
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const wantFocus = useRef(false);
  const rows = useMemo(() => visibleRows(model, expanded), [model, expanded]);
  const focusIdx = active < entries.length ? shownAncestor(model, expanded, active) : 0;

  // Keyboard moves carry DOM focus along, before the next key press is handled (a plain effect waits for a frame);
  // rendering alone never steals focus from the rest of the popup.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    list.current?.querySelector<HTMLElement>(`[data-index="${focusIdx}"]`)?.focus();
  });

  const moveTo = (i: number | undefined) => {
    if (i === undefined) return;
    wantFocus.current = true;
    setActive(i);
  };
  const setOpen = (i: number, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(i);
      else next.delete(i);
      return next;
    });
  const activate = (i: number) => {
    setActive(i);
    setSelected(i);
    onActivate(entries[i]!, i);
  };

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLUListElement>) => {
    const row = (e.target as Element).closest?.('[data-index]');
    const i = row ? Number(row.getAttribute('data-index')) : focusIdx;
    const pos = rows.indexOf(i);
    const parent = hasChildren(model, i);
    const open = parent && expanded.has(i);
    switch (e.key) {
      case 'ArrowDown':
        moveTo(rows[pos + 1]);
        break;
      case 'ArrowUp':
        moveTo(rows[pos - 1]);
        break;
      case 'Home':
        moveTo(rows[0]);
        break;
      case 'End':
        moveTo(rows[rows.length - 1]);
        break;
      case 'ArrowRight':
        if (parent && !open) setOpen(i, true);
        else if (open) moveTo(i + 1);
        break;
      case 'ArrowLeft':
        if (open) setOpen(i, false);
        else if (model.parent[i]! >= 0) moveTo(model.parent[i]);
        break;
      case 'Enter':
      case ' ':
        activate(i);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <ul class="outline-tree" role="tree" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {rows.map((i) => {
        const entry = entries[i]!;
        const depth = model.depth[i]!;
        const parent = hasChildren(model, i);
        const open = parent && expanded.has(i);
        const text = entry.title || entry.preview;
        return (
          <li
            key={i}
            role="treeitem"
            data-index={i}
            aria-level={depth}
            aria-setsize={model.setSize[i]}
            aria-posinset={model.posInSet[i]}
            aria-expanded={parent ? open : undefined}
            aria-selected={selected === i}
            tabIndex={i === focusIdx ? 0 : -1}
            class="outline-row"
            style={{ paddingInlineStart: `${(depth - 1) * 14}px` }}
            title={`${entry.label ?? ''}${text}`}
            onClick={() => activate(i)}
            onFocus={() => i !== active && setActive(i)}
          >
            <span
              class="outline-twisty"
              aria-hidden="true"
              onClick={(e) => {
                if (!parent) return;
                e.stopPropagation(); // toggling is not activating
                setOpen(i, !open);
              }}
            >
              {parent ? (open ? '▾' : '▸') : ''}
            </span>
            {entry.label && <span class="outline-label">{entry.label}</span>}
            {entry.title ? <span class="outline-title">{entry.title}</span> : <span class="outline-preview muted">{entry.preview}</span>}
          </li>
        );
      })}
    </ul>
  );
}
