/**
 * A clip's full text as blocks (headings and paragraphs) with its highlights marked inline: the document model that
 * the Word and HTML exports both write. Built from the stored plain text (one block per line), which is what the
 * highlights' offsets and quotes refer to; they are placed with the anchoring the pages use (anchorAll), so a
 * highlight whose text changed is found the same way, and one that cannot be placed is left out of `placed`
 * (the exporters still list it by section).
 */
import { anchorAll } from '../../anchoring';
import { colorOf, type HighlightColor } from '../../model/colors';
import type { Highlight } from '../../model';
import type { ClipView } from '../common';
import { blockRanges } from './ranges';
import type { TableText } from './tables';

interface Mark {
  mark: DocMark;
  start: number;
  end: number;
}

export interface DocMark {
  id: string;
  /** 1-based, in page order within the clip: footnote and comment numbers */
  n: number;
  color: HighlightColor;
  note: string;
}

export type Inline = { kind: 'text'; text: string; mark?: DocMark } | { kind: 'open'; mark: DocMark } | { kind: 'close'; mark: DocMark };

export type DocBlock =
  | {
      kind: 'heading' | 'para';
      /** the outline level of a heading (1 = top); 0 for a paragraph */
      level: number;
      items: Inline[];
    }
  /** rows → cells → the cell's inlines (a cell's lines are separated by '\n' in its text) */
  | { kind: 'table'; rows: Inline[][][] };

export interface DocBody {
  blocks: DocBlock[];
  /** ids of the highlights marked in the blocks */
  placed: Set<string>;
}

export function markOf(h: Highlight, n: number): DocMark {
  return { id: h.id, n, color: colorOf(h.color), note: h.note.trim() };
}

/** `tables`: the data tables of the clip's HTML (tables.ts), shown as tables where their cells are found in the text. */
export function documentBody(v: ClipView, tables: readonly TableText[] = []): DocBody {
  const text = v.body?.text ?? '';
  const placed = new Set<string>();
  if (!text) return { blocks: [], placed };
  const anchors = anchorAll(
    text,
    v.highlights.map((h) => h.selectors),
  );
  const spans: Mark[] = [];
  v.highlights.forEach((h, i) => {
    const a = anchors[i];
    if (a && a.end > a.start) spans.push({ mark: markOf(h, i + 1), start: a.start, end: a.end });
  });
  const open: Mark[] = [];
  let next = 0; // spans are in page order (byPosition) but anchoring may move them: sort by where they were found
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  /** The inlines of text [from, to): marks open and close in text order, across blocks and cells. */
  const inline = (from: number, to: number): Inline[] => {
    const items: Inline[] = [];
    if (!open.length && (next >= spans.length || spans[next]!.start >= to)) {
      // the common case, a block without highlights: one run
      if (to > from) items.push({ kind: 'text', text: text.slice(from, to) });
      return items;
    }
    const cuts = new Set([from, to]);
    for (const sp of spans) {
      if (sp.start > from && sp.start < to) cuts.add(sp.start);
      if (sp.end > from && sp.end < to) cuts.add(sp.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k]!, points[k + 1]!];
      while (next < spans.length && spans[next]!.start < b) {
        const sp = spans[next++]!;
        if (sp.end <= a) continue; // wholly in text no block shows (a line break, a title's closing 。)
        open.push(sp);
        placed.add(sp.mark.id);
        items.push({ kind: 'open', mark: sp.mark });
      }
      const covering = open.filter((sp) => sp.start < b && sp.end > a);
      items.push({ kind: 'text', text: text.slice(a, b), mark: covering[covering.length - 1]?.mark });
      for (let j = open.length - 1; j >= 0; j--) {
        if (open[j]!.end <= b) items.push({ kind: 'close', mark: open.splice(j, 1)[0]!.mark });
      }
    }
    return items;
  };
  const blocks = blockRanges(text, v, tables).map((r): DocBlock =>
    r.kind === 'table'
      ? { kind: 'table', rows: r.rows.map((row) => row.map((c) => inline(c.start, c.end))) }
      : { kind: r.kind, level: r.level, items: inline(r.start, r.end) },
  );
  // a span still open ends with the text
  const last = blocks[blocks.length - 1];
  const tail = !last ? null : last.kind === 'table' ? (last.rows.at(-1)?.at(-1) ?? null) : last.items;
  if (tail) for (const sp of open.reverse()) tail.push({ kind: 'close', mark: sp.mark });
  return { blocks, placed };
}
