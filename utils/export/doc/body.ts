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
import { headingSpans } from './headings';

export interface DocMark {
  id: string;
  /** 1-based, in page order within the clip: footnote and comment numbers */
  n: number;
  color: HighlightColor;
  note: string;
}

export type Inline = { kind: 'text'; text: string; mark?: DocMark } | { kind: 'open'; mark: DocMark } | { kind: 'close'; mark: DocMark };

export interface DocBlock {
  kind: 'heading' | 'para';
  /** the outline level of a heading (1 = top); 0 for a paragraph */
  level: number;
  items: Inline[];
}

export interface DocBody {
  blocks: DocBlock[];
  /** ids of the highlights marked in the blocks */
  placed: Set<string>;
}

interface Span {
  mark: DocMark;
  start: number;
  end: number;
}

/** What follows a heading on its line before the paragraph proper: spaces and the punctuation that closed the title. */
const LEAD = /^[\s\u00a0\u3000\u200b\ufeff。．.：:，,、；;]+/;

/** Ranges [start, end) of the text that become blocks, with their kind. */
function ranges(text: string, v: ClipView): { kind: DocBlock['kind']; level: number; start: number; end: number }[] {
  const heads = headingSpans(text, v.body?.outline ?? []);
  const out: { kind: DocBlock['kind']; level: number; start: number; end: number }[] = [];
  let s = 0;
  for (const line of text.split('\n')) {
    const e = s + line.length;
    const h = heads.get(s);
    const trimmed = line.trim();
    if (!trimmed) {
      /* nothing to show */
    } else if (!out.length && !h && trimmed === v.clip.title.trim()) {
      /* the title again, as the first line: it is the document's heading already */
    } else if (h && (h.end < 0 ? line.length <= 80 : true)) {
      const end = h.end < 0 ? e : h.end;
      out.push({ kind: 'heading', level: Math.max(1, Math.trunc(h.entry.level) || 1), start: s, end });
      const rest = text.slice(end, e);
      const lead = LEAD.exec(rest)?.[0].length ?? 0;
      if (rest.length > lead) out.push({ kind: 'para', level: 0, start: end + lead, end: e });
    } else {
      out.push({ kind: 'para', level: 0, start: s, end: e });
    }
    s = e + 1;
  }
  return out;
}

export function markOf(h: Highlight, n: number): DocMark {
  return { id: h.id, n, color: colorOf(h.color), note: h.note.trim() };
}

export function documentBody(v: ClipView): DocBody {
  const text = v.body?.text ?? '';
  const placed = new Set<string>();
  if (!text) return { blocks: [], placed };
  const anchors = anchorAll(
    text,
    v.highlights.map((h) => h.selectors),
  );
  const spans: Span[] = [];
  v.highlights.forEach((h, i) => {
    const a = anchors[i];
    if (a && a.end > a.start) spans.push({ mark: markOf(h, i + 1), start: a.start, end: a.end });
  });
  const open: Span[] = [];
  let next = 0; // spans are in page order (byPosition) but anchoring may move them: sort by where they were found
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks = ranges(text, v).map((r): DocBlock => {
    const items: Inline[] = [];
    if (!open.length && (next >= spans.length || spans[next]!.start >= r.end)) {
      // the common case, a block without highlights: one run
      items.push({ kind: 'text', text: text.slice(r.start, r.end) });
      return { kind: r.kind, level: r.level, items };
    }
    const cuts = new Set([r.start, r.end]);
    for (const sp of spans) {
      if (sp.start > r.start && sp.start < r.end) cuts.add(sp.start);
      if (sp.end > r.start && sp.end < r.end) cuts.add(sp.end);
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
    return { kind: r.kind, level: r.level, items };
  });
  // a span still open ends with the text
  const last = blocks[blocks.length - 1];
  if (last) for (const sp of open.reverse()) last.items.push({ kind: 'close', mark: sp.mark });
  return { blocks, placed };
}
