/** The library table's selection steps and header clicks, as pure functions. */
import { describe, expect, it } from 'vitest';
import { tableKey } from '../../components/libpage/keys';
import { clickRow, keepShown, moveActive, NO_SELECTION } from '../../components/libpage/selection';
import { DEFAULT_VIEW, nextSort } from '../../utils/library';

const order = ['a', 'b', 'c', 'd', 'e'];
const plain = { shift: false, toggle: false };
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('table selection', () => {
  it('click, Shift-click range, Ctrl-click toggle, Ctrl+Shift adds a range', () => {
    let s = clickRow(NO_SELECTION, order, 'b', plain);
    s = clickRow(s, order, 'd', { shift: true, toggle: false });
    expect(ids(s)).toEqual(['b', 'c', 'd']);
    s = clickRow(s, order, 'c', { shift: false, toggle: true });
    expect(ids(s)).toEqual(['b', 'd']);
    s = clickRow(s, order, 'e', { shift: true, toggle: true });
    expect(ids(s)).toEqual(['b', 'c', 'd', 'e']); // range from the anchor c, added to what was selected
  });

  it('arrows select, Shift+arrows extend, Ctrl+arrows only move focus, and stop at the ends', () => {
    let s = moveActive(NO_SELECTION, order, 1, plain);
    expect(s.active).toBe('a');
    s = moveActive(s, order, 1, { shift: true, toggle: false });
    s = moveActive(s, order, 1, { shift: true, toggle: false });
    expect(ids(s)).toEqual(['a', 'b', 'c']);
    s = moveActive(s, order, 1, { shift: false, toggle: true });
    expect(s.active).toBe('d');
    expect(ids(s)).toEqual(['a', 'b', 'c']);
    expect(moveActive(s, order, 99, plain).active).toBe('e');
  });

  it('keys: Ctrl+A all, Escape clears, Enter opens, Delete only with a selection', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
      key: k,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
    });
    const s = clickRow(NO_SELECTION, order, 'c', plain);
    const all = tableKey(key('a', { ctrlKey: true }), s, order, 10);
    expect(all?.kind === 'select' && ids(all.next)).toEqual(order);
    expect(tableKey(key('Escape'), s, order, 10)).toMatchObject({ kind: 'select' });
    expect(tableKey(key('Enter'), s, order, 10)).toEqual({ kind: 'open' });
    expect(tableKey(key('Delete'), NO_SELECTION, order, 10)).toBeNull();
    expect(tableKey(key('x'), s, order, 10)).toBeNull();
  });

  it('rows no longer shown leave the selection', () => {
    const s = clickRow(clickRow(NO_SELECTION, order, 'a', plain), order, 'c', { shift: true, toggle: false });
    const kept = keepShown(s, ['a', 'c']);
    expect(ids(kept)).toEqual(['a', 'c']);
    expect(kept.active).toBe('c');
    expect(keepShown(kept, ['a', 'c'])).toBe(kept);
  });
});

describe('nextSort', () => {
  it('flips the sorted column; starts a new text column ascending and a date column descending', () => {
    expect(nextSort(DEFAULT_VIEW, 'clipped', true)).toMatchObject({ sort: 'clipped', dir: 'asc' }); // clipped desc is the default
    expect(nextSort(DEFAULT_VIEW, 'docNumber', false)).toMatchObject({ sort: 'docNumber', dir: 'asc' });
    expect(nextSort(DEFAULT_VIEW, 'docDate', true)).toMatchObject({ sort: 'docDate', dir: 'desc' });
    expect(nextSort({ ...DEFAULT_VIEW, sort: 'title', dir: 'asc' }, 'title', false)).toMatchObject({ dir: 'desc' });
  });
});
