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

export function titleLines(lines: TextLine[], m: Layout): TitleLines {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const runs: TextLine[][] = [];
  let run: TextLine[] = [];
  for (const l of first) {
    const big = l.size >= m.bodySize * 1.2;
    const last = run[run.length - 1];
    if (big && last && Math.abs(last.size - l.size) < 0.5 && l.y - last.y < l.size * 2.2) {
      run.push(l);
      continue;
    }
    if (run.length) runs.push(run);
    run = big ? [l] : [];
  }
  if (run.length) runs.push(run);
  const at = runs.findIndex((r) => !MASTHEAD.test(r.map((l) => l.text.replace(/\s+/g, '')).join('')));
  return { title: new Set(at < 0 ? [] : runs[at]), masthead: new Set(runs.slice(0, at < 0 ? runs.length : at).flat()) };
}
