/**
 * A 目录 (table of contents) printed before the body: entries with dot leaders running to a page number (or to the
 * margin, when the number was left off). They are front matter, not the document's headings: a run of them is set
 * as a table of entry and page, which the outline reads as data (the body prints the headings again).
 */
import type { TextLine } from './types';

/** A leader: four or more dots, ellipses or middle dots, spaced or not. */
const LEADER = /\s*(?:[.．。·・…⋯]\s*){4,}/;

/** An entry line's cells: its text and the page number after the leader (or ''), or null for no entry line. */
export function leaderCells(text: string): [string, string] | null {
  const m = LEADER.exec(text);
  if (!m || m.index === 0) return null;
  const after = text.slice(m.index + m[0].length).trim();
  if (after && !/^\d{1,4}$/.test(after)) return null;
  return [text.slice(0, m.index).trim(), after];
}

/** How many lines without a leader (a wrapped entry, a group caption) may sit between two entries. */
const MAX_BETWEEN = 2;

/** The contents lists among `lines`, as index ranges [from, to]: three entries or more, close together. */
export function contentsRuns(lines: TextLine[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = -1;
  let last = -1;
  let count = 0;
  const close = () => {
    if (count >= 3) out.push([from, last]);
    from = last = -1;
    count = 0;
  };
  lines.forEach((l, i) => {
    if (!leaderCells(l.text)) return;
    if (last >= 0 && (i - last - 1 > MAX_BETWEEN || l.page - lines[last]!.page > 1)) close();
    if (from < 0) from = i;
    last = i;
    count++;
  });
  close();
  return out;
}
