/**
 * Data tables of a clip's stored HTML, as the text of their cells, so the full-document export can show them as
 * tables again (the stored text has one line per cell). The DOM is passed in: DOMParser in the extension, jsdom in
 * tests. Layout tables (one column or one row, nested tables, long cells) are left as text.
 */
import { blockText } from '../../dom/blocks';

/** rows → cells → the cell's text, lines as in the stored text ('' for an empty cell) */
export type TableText = string[][];

const MAX_CELL_LINES = 4;

export function htmlTables(root: ParentNode): TableText[] {
  const out: TableText[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.querySelector('table') || table.parentElement?.closest('table')) continue;
    const rows = Array.from(table.querySelectorAll('tr'))
      .filter((tr) => tr.closest('table') === table)
      .map((tr) =>
        Array.from(tr.children)
          .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
          .map((c) => blockText(c)),
      );
    const wide = rows.some((r) => r.length >= 2);
    const short = rows.every((r) => r.every((c) => c.split('\n').length <= MAX_CELL_LINES));
    if (rows.length >= 2 && wide && short) out.push(rows);
  }
  return out;
}
