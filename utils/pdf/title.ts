/**
 * The title: on the first page, the first run of lines set clearly bigger than the body (a title is often broken
 * over two or three lines). A red-header document's masthead (国务院办公厅文件) is bigger still but is no title.
 */
import type { Layout } from './layout';
import type { TextLine } from './types';

/** The issuing organ's name set as a banner above a 红头文件's title (国务院办公厅文件), or a bulletin's name. */
export const MASTHEAD = /(?:文件|公报|简报|通讯)$/;

export interface TitleLines {
  title: Set<TextLine>;
  /** a masthead above the title: set as plain text, neither title nor heading */
  masthead: Set<TextLine>;
}

const centred = (l: TextLine, m: Layout) => Math.abs(l.x - m.left - (m.right - l.x2)) < Math.max(l.size * 1.5, (m.right - m.left) * 0.06);

/**
 * Whether `l` carries on the title line `last`: the same size, or centred under it a size smaller (a company's name,
 * then 2018年第一季度报告).
 */
function carriesOn(last: TextLine, l: TextLine, m: Layout): boolean {
  const gap = l.y - last.y;
  if (Math.abs(last.size - l.size) < 0.5) return gap < l.size * 2.2;
  return gap < last.size * 2.4 && l.size < last.size && l.size >= last.size * 0.85 && centred(last, m) && centred(l, m);
}

export function titleLines(lines: TextLine[], m: Layout): TitleLines {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const runs: TextLine[][] = [];
  let run: TextLine[] = [];
  for (const l of first) {
    const big = l.size >= m.bodySize * 1.2;
    const last = run[run.length - 1];
    if (big && last && carriesOn(last, l, m)) {
      run.push(l);
      continue;
    }
    if (run.length) runs.push(run);
    run = big ? [l] : [];
  }
  if (run.length) runs.push(run);
  let at = runs.findIndex((r) => !MASTHEAD.test(r.map((l) => l.text.replace(/\s+/g, '')).join('')));
  // A smaller centred line right above a bigger centred run is the organ's name over the title (a school district
  // over "Board of Education / Special Meeting / AGENDA"), set as a masthead is.
  const next = runs[at + 1];
  const cur = runs[at];
  if (at >= 0 && cur && next && [...cur, ...next].every((l) => centred(l, m))) {
    const end = cur[cur.length - 1]!;
    if (next[0]!.size > end.size + 0.5 && next[0]!.y - end.y < next[0]!.size * 3) at++;
  }
  return { title: new Set(at < 0 ? [] : runs[at]), masthead: new Set(runs.slice(0, at < 0 ? runs.length : at).flat()) };
}
