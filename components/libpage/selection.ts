/**
 * The table's selection as pure steps: a click selects one row, Ctrl/⌘-click toggles one, Shift-click (and
 * Shift+↑/↓) selects the range from the anchor, Ctrl+A all shown rows. Ids, not indexes: a re-sort keeps it.
 */

export interface Selection {
  ids: ReadonlySet<string>;
  /** where a Shift range starts */
  anchor: string | null;
  /** the focused row (the preview shows it) */
  active: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null, active: null };

export interface PointerMods {
  shift: boolean;
  /** Ctrl on Windows/Linux, ⌘ on a Mac */
  toggle: boolean;
}

function range(order: readonly string[], from: string | null, to: string): string[] {
  const a = from === null ? -1 : order.indexOf(from);
  const b = order.indexOf(to);
  if (a < 0) return [to];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** A click (or Space/arrow landing) on row `id`, with the modifiers held. */
export function clickRow(s: Selection, order: readonly string[], id: string, mods: PointerMods): Selection {
  if (mods.shift) {
    const ids = new Set(mods.toggle ? s.ids : []);
    for (const r of range(order, s.anchor ?? s.active, id)) ids.add(r);
    return { ids, anchor: s.anchor ?? s.active ?? id, active: id };
  }
  if (mods.toggle) {
    const ids = new Set(s.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id, active: id };
  }
  return { ids: new Set([id]), anchor: id, active: id };
}

/** ↑/↓ (and Home/End/Page keys, as a step): plain moves select the row, Shift extends, Ctrl only moves focus. */
export function moveActive(s: Selection, order: readonly string[], step: number, mods: PointerMods): Selection {
  if (!order.length) return s;
  const at = s.active === null ? -1 : order.indexOf(s.active);
  const next = order[Math.max(0, Math.min(order.length - 1, at < 0 ? (step > 0 ? 0 : order.length - 1) : at + step))]!;
  if (mods.toggle && !mods.shift) return { ...s, active: next };
  return clickRow(s, order, next, mods);
}

export function selectAll(s: Selection, order: readonly string[]): Selection {
  return { ...s, ids: new Set(order) };
}

/** Rows no longer shown (deleted, filtered out) leave the selection; the active row stays if it is still there. */
export function keepShown(s: Selection, order: readonly string[]): Selection {
  const shown = new Set(order);
  const ids = [...s.ids].filter((id) => shown.has(id));
  if (ids.length === s.ids.size && (s.active === null || shown.has(s.active))) return s;
  return {
    ids: new Set(ids),
    anchor: s.anchor !== null && shown.has(s.anchor) ? s.anchor : null,
    active: s.active !== null && shown.has(s.active) ? s.active : null,
  };
}
