/** Where a table of contents printed before the body ends. */
import type { Line } from './blocks';
import { nospace } from './heads';

// A printed 目录 sets each entry's page after a run of leader dots: `一、实施背景………- 1 -`, `附录2：竞价指引....8`.
const LEADER = /(?:[.．。…·・_]{3,}|…+)[-—–]?\d{0,4}[-—–]?$/;

/** A TOC entry as the body prints its heading: without leaders and page number. */
const tocKey = (text: string) => nospace(text).replace(LEADER, '');

/** A TOC block runs from its marker until the body repeats the TOC's first entry. */
export function tocEnd(lines: Line[], marker: number): number {
  const first = lines[marker + 1];
  if (!first) return marker;
  const key = tocKey(first.text);
  for (let j = marker + 2; j < lines.length; j++) if (nospace(lines[j]!.text) === key) return j - 1;
  return marker;
}
