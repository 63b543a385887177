/**
 * Marks the outline row of the section being read with aria-current (OutlineTree knows nothing of scrolling).
 * A collapsed entry's row is not rendered: its closest shown ancestor is marked instead. The row is kept in view
 * inside the sidebar without scrolling the page itself.
 */
export function markCurrentRow(tree: Element, parents: readonly number[], index: number, scroller?: Element | null): void {
  for (const row of Array.from(tree.querySelectorAll('[aria-current]'))) row.removeAttribute('aria-current');
  let row: Element | null = null;
  for (let i = index; i >= 0 && !row; i = parents[i] ?? -1) row = tree.querySelector(`[data-index="${i}"]`);
  if (!row) return;
  row.setAttribute('aria-current', 'location');
  if (!scroller) return;
  const r = row.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (r.top < box.top) scroller.scrollTop -= box.top - r.top + 8;
  else if (r.bottom > box.bottom) scroller.scrollTop += r.bottom - box.bottom + 8;
}
