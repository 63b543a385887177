/**
 * The document's measures, read from its lines: the body font size, the text column and the usual line spacing.
 * Headings, centring, indents and paragraph breaks are all judged against them.
 */
import type { TextLine } from './types';

export interface Layout {
  bodySize: number;
  /** the column's left and right edges */
  left: number;
  right: number;
  /** the usual distance between baselines of body lines */
  lineGap: number;
}

/** The most common value, weighted (values rounded to `step`). */
function mode(pairs: Array<[number, number]>, step: number): number {
  const counts = new Map<number, number>();
  for (const [v, w] of pairs) {
    const k = Math.round(v / step) * step;
    counts.set(k, (counts.get(k) ?? 0) + w);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

export function measure(lines: TextLine[]): Layout {
  const bodySize = mode(
    lines.map((l) => [l.size, l.text.length]),
    0.5,
  );
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < bodySize * 0.08);
  // The left edge most body lines start at (an indented first line is the minority); the right edge most full lines
  // reach (a short last line of a paragraph is the minority).
  const left = Math.min(
    mode(
      body.map((l) => [l.x, 1]),
      1,
    ),
    quantile(
      body.map((l) => l.x),
      0.2,
    ),
  );
  const right = quantile(
    body.map((l) => l.x2),
    0.8,
  );
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1]!;
    const b = body[i]!;
    if (a.page === b.page && b.y > a.y) gaps.push(b.y - a.y);
  }
  const lineGap = gaps.length ? quantile(gaps, 0.3) : bodySize * 1.5;
  return { bodySize: bodySize || 12, left, right: Math.max(right, left + 1), lineGap };
}

/**
 * The layout each line is judged by: a line set in a column of a two- or three-column page (`column`) has that
 * column's edges on its page, so its indents, centring and run-on to the edge are read against the column's
 * width, not the page's; other lines have the document's.
 */
export function layoutFor(lines: TextLine[], m: Layout): (l: TextLine) => Layout {
  const byColumn = new Map<string, TextLine[]>();
  for (const l of lines)
    if (l.column !== undefined) {
      const k = `${l.page}:${l.column}`;
      const list = byColumn.get(k);
      if (list) list.push(l);
      else byColumn.set(k, [l]);
    }
  const layouts = new Map<string, Layout>();
  for (const [k, ls] of byColumn) {
    const c = measure(ls);
    // a column with too few body lines to measure keeps the document's edges
    layouts.set(k, ls.length < 5 ? m : { ...m, left: c.left, right: c.right });
  }
  const side = mirroredSides(lines, m);
  return (l) => (l.column === undefined ? (side?.[l.page % 2] ?? m) : (layouts.get(`${l.page}:${l.column}`) ?? m));
}

/**
 * A book's pages set with mirrored margins: the text block of odd pages sits a few ems left or right of the even
 * pages' one, the same width. Each side then has its own edges (against both at once, no line fills the column and
 * lines look centred). Null when the sides share their edges.
 */
function mirroredSides(lines: TextLine[], m: Layout): [Layout, Layout] | null {
  const sides = [0, 1].map((k) => lines.filter((l) => l.column === undefined && l.page % 2 === k));
  if (sides.some((ls) => ls.length < 20)) return null;
  const [even, odd] = sides.map(measure) as [Layout, Layout];
  const shifted = Math.abs(even.left - odd.left) > m.bodySize && Math.abs(even.right - even.left - (odd.right - odd.left)) < m.bodySize;
  return shifted
    ? [
        { ...m, left: even.left, right: even.right },
        { ...m, left: odd.left, right: odd.right },
      ]
    : null;
}
