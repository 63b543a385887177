/** The table's keys as selection steps (pure): what a key does to the selection, or null when the table ignores it. */
import { clickRow, moveActive, selectAll, type Selection } from './selection';

export type KeyOutcome = { kind: 'select'; next: Selection } | { kind: 'open' } | { kind: 'delete' } | null;

export function tableKey(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  s: Selection,
  order: readonly string[],
  pageRows: number,
): KeyOutcome {
  if (e.altKey) return null;
  const mods = { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey };
  const move = (step: number) => ({ kind: 'select' as const, next: moveActive(s, order, step, mods) });
  switch (e.key) {
    case 'ArrowDown':
      return move(1);
    case 'ArrowUp':
      return move(-1);
    case 'PageDown':
      return move(pageRows);
    case 'PageUp':
      return move(-pageRows);
    case 'Home':
      return move(-order.length);
    case 'End':
      return move(order.length);
    case ' ':
      return s.active === null ? null : { kind: 'select', next: clickRow(s, order, s.active, { shift: e.shiftKey, toggle: true }) };
    case 'a':
    case 'A':
      return mods.toggle && !e.shiftKey ? { kind: 'select', next: selectAll(s, order) } : null;
    case 'Escape':
      return s.ids.size ? { kind: 'select', next: { ...s, ids: new Set() } } : null;
    case 'Enter':
      return s.active === null ? null : { kind: 'open' };
    case 'Delete':
      return s.ids.size ? { kind: 'delete' } : null;
    default:
      return null;
  }
}
