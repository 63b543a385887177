/**
 * A clip's text cut into the blocks an export shows: headings (from the outline), paragraphs (one per line), and
 * tables where the stored HTML had a data table whose cells are found, in order, as lines of the text.
 */
import type { ClipView } from '../common';
import { headingSpans } from './headings';
import type { TableText } from './tables';

export interface Span {
  start: number;
  end: number;
}
export type BlockRange = { kind: 'heading' | 'para'; level: number; start: number; end: number } | { kind: 'table'; rows: Span[][] };

/** What follows a heading on its line before the paragraph proper: spaces and the punctuation that closed the title. */
const LEAD = /^[\s\u00a0\u3000\u200b\ufeff。．.：:，,、；;]+/;

interface Line extends Span {
  text: string;
}

/** The cells of `table` as spans of the lines from `i` on, or null when the lines say something else. */
function matchTable(lines: readonly Line[], i: number, table: TableText): { rows: Span[][]; next: number } | null {
  let k = i;
  const rows: Span[][] = [];
  for (const row of table) {
    const cells: Span[] = [];
    for (const cell of row) {
      const want = cell ? cell.split('\n') : [];
      if (!want.length) {
        cells.push({ start: lines[k]?.start ?? 0, end: lines[k]?.start ?? 0 });
        continue;
      }
      for (let j = 0; j < want.length; j++) if (lines[k + j]?.text.trim() !== want[j]) return null;
      cells.push({ start: lines[k]!.start, end: lines[k + want.length - 1]!.end });
      k += want.length;
    }
    rows.push(cells);
  }
  return k > i ? { rows, next: k } : null;
}

export function blockRanges(text: string, v: ClipView, tables: readonly TableText[] = []): BlockRange[] {
  const heads = headingSpans(text, v.body?.outline ?? []);
  const lines: Line[] = [];
  let s = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start: s, end: s + line.length });
    s += line.length + 1;
  }
  const pending = [...tables];
  const out: BlockRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text: line, start, end: e } = lines[i]!;
    const h = heads.get(start);
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (!h && pending.length) {
      const t = pending.findIndex((tb) => matchTable(lines, i, tb));
      const m = t >= 0 ? matchTable(lines, i, pending[t]!) : null;
      if (m && !lines.slice(i, m.next).some((l) => heads.has(l.start))) {
        out.push({ kind: 'table', rows: m.rows });
        pending.splice(0, t + 1); // tables come in page order
        i = m.next - 1;
        continue;
      }
    }
    if (!out.length && !h && trimmed === v.clip.title.trim()) {
      /* the title again, as the first line: it is the document's heading already */
    } else if (h && (h.end >= 0 || line.length <= 80)) {
      const end = h.end < 0 ? e : h.end;
      out.push({ kind: 'heading', level: Math.max(1, Math.trunc(h.entry.level) || 1), start, end });
      const rest = text.slice(end, e);
      const lead = LEAD.exec(rest)?.[0].length ?? 0;
      if (rest.length > lead) out.push({ kind: 'para', level: 0, start: end + lead, end: e });
    } else {
      out.push({ kind: 'para', level: 0, start, end: e });
    }
  }
  return out;
}
