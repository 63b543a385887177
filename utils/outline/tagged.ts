/**
 * A news digest prints each item as a headline led by its source in 【】 (【某某日报】…), then the item's summary,
 * under short section lines (国内资讯, 国际资讯): no numbers and no markup, yet a reader sees the structure. Three or
 * more such headlines, each followed by a longer paragraph, make a series; a short plain line right before one of
 * them names its section.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isTitleLike, nospace } from './heads';

const TAGGED = /^【[^】]{2,12}】(?=\S)/;

const free = (l: Line | undefined, taken: ReadonlySet<Line>): l is Line => !!l && !taken.has(l) && !l.inTable && !l.listItem && !l.linked;

function isHeadline(lines: Line[], i: number, taken: ReadonlySet<Line>): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (!free(l, taken) || !next || !TAGGED.test(l.text) || TAGGED.test(next.text)) return false;
  const len = nospace(l.text).length;
  // a headline, not a sentence (【编者按】…。) nor a lead-in (【导读】…：)
  return len <= 80 && !/[。；，：:]$/.test(l.text) && nospace(next.text).length > len;
}

/** The series' heads in page order (`taken`: lines already heads of another kind), or none. */
export function taggedSeries(lines: Line[], taken: ReadonlySet<Line>): Candidate[] {
  const items = lines.map((_, i) => i).filter((i) => isHeadline(lines, i, taken));
  if (items.length < 3) return [];
  const out: Candidate[] = [];
  const head = (line: Line, style: string): Candidate => ({ kind: 'series', style, line, joined: [], label: null, rest: line.text });
  for (const i of items) {
    const prev = lines[i - 1];
    if (free(prev, taken) && !TAGGED.test(prev.text) && isTitleLike(prev.text, 12) && !/[，。：:]/.test(prev.text))
      out.push(head(prev, 'series-section'));
    out.push(head(lines[i]!, 'series-item'));
  }
  return out;
}
