/**
 * Columns: a Federal Register page or an Official Journal page sets two or three columns side by side, and items on
 * one baseline then belong to different paragraphs. A gutter is an x range almost no item crosses, with plenty of
 * text on both sides; the page is read column by column, band by band between lines that span the columns (a title,
 * a running header). A page without a gutter is one group, as before.
 */
import type { Item } from './types';

const BIN = 2;

/**
 * Whether an item sits in the page's top or bottom margin band, where running heads and print-control lines
 * (a Federal Register page's `VerDate … Jkt …`) run across the columns: they neither hide a gutter nor split by it.
 */
const inMargin = (it: Item, height: number | undefined) => !!height && (it.y < height * 0.08 || it.y > height * 0.92);

/** x ranges (in PDF units) that only a few items cross, with text on both sides; `height`: the page's. */
export function gutters(all: Item[], height?: number): Array<[number, number]> {
  const items = all.filter((it) => !inMargin(it, height));
  const first = scan(items);
  // A table or figure set across the columns at the top or foot of a page (a Federal Register cost table) crosses
  // the gutter in a few rows: without those rows, the gutter shows; the rows are then read as spanning lines.
  let top = Infinity;
  let bottom = -Infinity;
  for (const i of items) {
    top = Math.min(top, i.y);
    bottom = Math.max(bottom, i.y);
  }
  for (const [x0, x1] of first.near) {
    if (first.out.some(([a, b]) => a < x1 && b > x0)) continue;
    const mid = (x0 + x1) / 2;
    const crossers = new Set(items.filter((i) => i.x < mid && i.x + i.w > mid));
    const ys = [...crossers].map((i) => i.y);
    if (!ys.length || Math.max(...ys) - Math.min(...ys) > (bottom - top) * 0.25) continue;
    const again = scan(items.filter((i) => !crossers.has(i)));
    if (again.out.length > first.out.length) return again.out;
  }
  return first.out;
}

/**
 * The gutters of `items` (`out`), and the runs that are nearly one (`near`: crossed by a few more items, placed as a
 * gutter is), for ./gutters to look at again without a spanning table's rows.
 */
function scan(items: Item[]): { out: Array<[number, number]>; near: Array<[number, number]> } {
  const none = { out: [], near: [] };
  if (items.length < 20) return none;
  // Loops, not Math.min(...xs): a page of single-glyph items can hold more items than a call has arguments.
  let left = Infinity;
  let right = -Infinity;
  for (const i of items) {
    left = Math.min(left, i.x);
    right = Math.max(right, i.x + i.w);
  }
  if (!(right - left > 0) || right - left > 1e5) return none;
  const bins = new Uint32Array(Math.ceil((right - left) / BIN) + 1);
  for (const it of items) for (let b = Math.floor((it.x - left) / BIN); b <= Math.floor((it.x + it.w - left) / BIN); b++) bins[b]!++;
  const peak = Math.max(...bins);
  const size = items.map((i) => i.size).sort((a, b) => a - b)[items.length >> 1]!;
  const runs = (limit: number) => {
    const found: Array<[number, number]> = [];
    let start = -1;
    for (let b = 0; b <= bins.length; b++) {
      const low = b < bins.length && bins[b]! <= peak * limit;
      if (low && start < 0) start = b;
      if (!low && start >= 0) {
        const [x0, x1] = [left + start * BIN, left + b * BIN];
        const inner = x0 > left + (right - left) * 0.2 && x1 < right - (right - left) * 0.2;
        // The gap between words is under half an em; a gutter is at least that, and narrower than a column.
        if (inner && x1 - x0 >= size * 0.5 && x1 - x0 < (right - left) * 0.15) found.push([x0, x1]);
        start = -1;
      }
    }
    return found;
  };
  const out = runs(0.06);
  const near = runs(0.2);
  // Both sides of each gutter hold a real share of the text, or it is a ragged edge, not a gutter.
  const side = (a: number, b: number) => items.filter((i) => i.x >= a && i.x + i.w <= b).length;
  const edges = [left, ...out.flatMap((g) => g), right];
  const columns = edges.length / 2;
  for (let c = 0; c < columns; c++) if (side(edges[2 * c]! - 1, edges[2 * c + 1]! + 1) < items.length * 0.15) return { out: [], near };
  // A side set mostly in figures is a table's columns of amounts beside its row labels, not a column of text.
  for (let c = 0; c < columns; c++)
    if (figures(items.filter((i) => i.x >= edges[2 * c]! - 1 && i.x + i.w <= edges[2 * c + 1]! + 1))) return { out: [], near };
  return { out, near };
}

/** An amount, or amounts side by side: 1,234.56, -75.18%, (3,000) */
const AMOUNTS = /^(?:[-−+]?\(?[\d,]*\d(?:\.\d+)?%?\)?\s*)+$/;

/**
 * A quarter of the items are amounts (a two-sided 收入 | 支出 table whose one side runs on alone below the other, many
 * of its rows empty, still has that many; a column of prose has a few), or most of the characters are figures (a
 * label and its amounts in one item).
 */
function figures(items: Item[]): boolean {
  let digits = 0;
  let all = 0;
  for (const i of items) {
    const t = i.str.replace(/\s/g, '');
    all += t.length;
    digits += t.replace(/[^\d.,%\-−]/g, '').length;
  }
  return items.filter((i) => AMOUNTS.test(i.str.trim())).length > items.length * 0.25 || digits > all * 0.6;
}

/** A reading-order group: the items of one column of a band (`column` 0, 1, …), or of a spanning line (-1). */
export interface ReadingGroup {
  items: Item[];
  column: number;
}

/** The page's items in reading order groups: bands between spanning lines, each band column by column. */
export function readingColumns(items: Item[], height?: number): ReadingGroup[] {
  const gs = gutters(items, height);
  if (!gs.length) return [{ items, column: -1 }];
  const column = (it: Item) => {
    const mid = it.x + it.w / 2;
    const crosses = inMargin(it, height) || gs.some(([a, b]) => it.x < a && it.x + it.w > b);
    return crosses ? -1 : gs.filter(([a]) => mid > a).length;
  };
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: ReadingGroup[] = [];
  let band: Item[][] = gs.map(() => []).concat([[]]);
  const flush = () => {
    band.forEach((col, c) => col.length && groups.push({ items: col, column: c }));
    band = gs.map(() => []).concat([[]]);
  };
  for (const it of sorted) {
    const c = column(it);
    if (c < 0) {
      flush();
      const last = groups[groups.length - 1];
      // items of one spanning line stay together
      if (last && last.column < 0 && Math.abs(last.items[0]!.y - it.y) < it.size * 0.4) last.items.push(it);
      else groups.push({ items: [it], column: -1 });
    } else band[c]!.push(it);
  }
  flush();
  return groups;
}

export const readingGroups = (items: Item[], height?: number): Item[][] => readingColumns(items, height).map((g) => g.items);
