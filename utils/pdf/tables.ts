/**
 * Tables: a report's statutory tables print their row labels numbered like headings (一、本年新收… 95 0 0, （一）予以公开
 * 50 0 0), and read as paragraphs they break the document's own 一、/（一） series. A table is rows of cells parted by
 * wide gaps (./lines), the rows' cells aligned in columns; the short lines between rows (a cell wrapped over two lines,
 * a label spanning rows) belong to it. Such a run is set as an HTML <table>, which the outline reads as data.
 */
import { contentsRuns } from './contents';
import { CJK } from './lines';
import type { Layout } from './layout';
import type { Cell, TextLine } from './types';

/** How many short single lines may sit between two rows of one table. */
const MAX_BETWEEN = 3;
/** …or rows whose cells but one are empty (一个项目 with no amount), set where the rows' cells start. */
const MAX_EMPTY_ROWS = 30;
const AMOUNT = /^[-−+]?\(?[\d,]*\d(?:\.\d+)?%?\)?$/;

/** Cells that carry content: a lone CJK character is letter spacing (总　　则), not a cell. */
const realCells = (l: TextLine): Cell[] => (l.cells ?? []).filter((c) => !(c.text.length === 1 && CJK.test(c.text)));

/** 单位：万元 set at a table's right over its header: with the caption beside it, the caption's line, not a row. */
const UNIT_NOTE = /^(?:金额|计量)?单位[:：]/;

const isRow = (l: TextLine) => realCells(l).filter((c) => !UNIT_NOTE.test(c.text)).length >= 2;

/** Two rows share a column: some cell after the first starts, ends or is centred where one of the other's does. */
function aligned(a: TextLine, b: TextLine): boolean {
  const tol = Math.max(a.size, b.size);
  const near = (p: Cell, q: Cell) =>
    Math.abs(p.x - q.x) < tol || Math.abs(p.x2 - q.x2) < tol || Math.abs((p.x + p.x2) / 2 - (q.x + q.x2) / 2) < tol;
  const bs = realCells(b);
  return realCells(a).some((p, i) => i > 0 && bs.some((q) => near(p, q)));
}

/** Where a row's amounts start: its cells after the label, or an amount printed first (the label on a line above). */
const amountsLeft = (l: TextLine) => Math.min(...realCells(l).flatMap((c, n) => (n > 0 || AMOUNT.test(c.text) ? [c.x] : [])), Infinity);

/**
 * A line that can sit inside a table between rows: well short of the column (a wrapped cell, a spanning label), and
 * not set bigger than the body (that is the next table's caption, 6、母公司现金流量表, once a running head is gone).
 */
const short = (l: TextLine, m: Layout) => l.x2 - l.x < (m.right - m.left) * 0.6 && l.size < m.bodySize * 1.1;

/**
 * The tables among `lines`, each as the index range [from, to] of its lines. A run counts as a table when it holds
 * two rows sharing a column, or one row of three or more cells beside another row (a header over its data).
 */
export function tableRuns(lines: TextLine[], m: Layout): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i]!)) {
      i++;
      continue;
    }
    const rows = [i];
    // where the rows' cells start: a row whose other cells are empty prints as a single line starting at one of them
    const starts = realCells(lines[i]!).map((c) => c.x);
    // …in a table of amounts (prose set in columns the page did not part is no such table)
    let amounts = realCells(lines[i]!).some((c) => AMOUNT.test(c.text));
    // …or a wrapped row label of a statement of amounts (利润表: 其中：对联营企业和合营企 / 业的投资收益), or of a table under a
    // header of three columns or more: set left of the amount columns at the rows' size, indented by its depth
    // (一、 / 加： / 1.), its amounts empty or printed beside another of its lines (a lone amount, 14,038.38)
    const header = realCells(lines[i]!).length >= 3;
    const labels = { right: amountsLeft(lines[i]!), size: lines[i]!.size };
    const inColumn = (l: TextLine) =>
      (amounts && (starts.some((x) => Math.abs(l.x - x) < l.size) || AMOUNT.test(l.text))) ||
      ((amounts || header) && l.x2 < labels.right && Math.abs(l.size - labels.size) < 0.5);
    let j = i + 1;
    while (j < lines.length) {
      let k = j;
      while (
        k < lines.length &&
        (k - j < MAX_BETWEEN || (k - j < MAX_EMPTY_ROWS && inColumn(lines[k]!))) &&
        !isRow(lines[k]!) &&
        short(lines[k]!, m)
      )
        k++;
      // over a page break, a line set in another size that shares none of the table's columns is no row of it (a
      // heading with a side note beside it, under a table at the foot of the page before)
      const prev = lines[rows[rows.length - 1]!]!;
      const apart = (l: TextLine) => l.page !== prev.page && Math.abs(l.size - prev.size) >= 0.5 && !aligned(prev, l);
      if (k < lines.length && isRow(lines[k]!) && !apart(lines[k]!)) {
        rows.push(k);
        starts.push(...realCells(lines[k]!).map((c) => c.x));
        labels.right = Math.min(labels.right, amountsLeft(lines[k]!));
        amounts ||= realCells(lines[k]!).some((c) => AMOUNT.test(c.text));
        j = k + 1;
      } else break;
    }
    const table =
      rows.length >= 2 && rows.some((r, n) => realCells(lines[r]!).length >= 3 || (n > 0 && aligned(lines[rows[n - 1]!]!, lines[r]!)));
    const end = table ? tail(lines, i, rows, starts, m) : i;
    if (table) out.push([i, end]);
    i = table ? end + 1 : i + 1;
  }
  return out;
}

/**
 * A table's last lines after its last row: a row whose cells but one are empty, or its label's last line, set where
 * a column starts, at the rows' size and spacing (a statement's 七、每股收益： / （一）基本每股收益 with no amounts, an
 * address block's Sunnyvale, CA 94087 under its two rows), the text breaking after them. A few at most; a heading
 * after a table stands further off.
 */
function tail(lines: TextLine[], from: number, rows: number[], starts: number[], m: Layout): number {
  const last = rows[rows.length - 1]!;
  const gaps: number[] = [];
  for (let k = from + 1; k <= last; k++)
    if (lines[k]!.page === lines[k - 1]!.page && lines[k]!.y > lines[k - 1]!.y) gaps.push(lines[k]!.y - lines[k - 1]!.y);
  if (!gaps.length) return last;
  const gap = gaps.sort((a, b) => a - b)[gaps.length >> 1]!;
  const sizes = rows.map((r) => lines[r]!.size);
  const spaced = (a: TextLine, b: TextLine) => b.page === a.page && b.y > a.y && b.y - a.y <= gap * 1.3;
  let end = last;
  while (end + 1 < lines.length && end - last < MAX_BETWEEN) {
    const [a, b] = [lines[end]!, lines[end + 1]!];
    if (
      !spaced(a, b) ||
      isRow(b) ||
      b.x2 - b.x >= (m.right - m.left) * 0.6 ||
      !sizes.some((z) => Math.abs(b.size - z) < 0.5) ||
      !starts.some((x) => Math.abs(b.x - x) < b.size)
    )
      break;
    end++;
  }
  // …and the text breaks after them (a column of prose under a table's last row goes on in the same rhythm)
  const after = lines[end + 1];
  return end > last && after && spaced(lines[end]!, after) && sizes.some((z) => Math.abs(after.size - z) < 0.5) ? last : end;
}

/** Each table line → the number of its table (lines of one table share it); a 目录 is one too (./contents). */
export function tableLines(lines: TextLine[], m: Layout): Map<TextLine, number> {
  const at = new Map<TextLine, number>();
  const runs = tableRuns(lines, m);
  for (const [from, to] of contentsRuns(lines)) if (!runs.some(([a, b]) => a <= to && b >= from)) runs.push([from, to]);
  runs.forEach(([from, to], n) => {
    for (let i = from; i <= to; i++) at.set(lines[i]!, n);
  });
  return at;
}
