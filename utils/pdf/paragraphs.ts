/**
 * Lines → blocks. A paragraph runs on while lines fill the column; it breaks at an indent, a short line, a wider
 * gap, a change of size or style, or a line that opens with a number (第三条, 一、, (a)). Centred, bigger and bold
 * lines are heading candidates, as a web page would set them; lines set flush right (signature, date) stand alone.
 */
import { leaderCells } from './contents';
import { CJK } from './lines';
import { layoutFor, type Layout } from './layout';
import { OPENS_NUMBERED } from './numbered';
import { quoteGoesOn } from './quote';
import { boldLeadRunsOn, ranOn } from './run-on';
import type { Block, TextLine } from './types';

/** A line ending in words that a reference follows: "… Pursuant to Government Code" / "Section 54957" is one line. */
const REFERS = /\b(?:Code|Act|of|under|to|in|and|or|by|see|with)$/;

interface Styled {
  line: TextLine;
  centered: boolean;
  right: boolean;
  big: boolean;
}

function style(l: TextLine, m: Layout): Styled {
  const width = m.right - m.left;
  const lm = l.x - m.left;
  const rm = m.right - l.x2;
  // A line nearly as wide as the column is centred only when its margins are nearly equal (a wrapped 题注); an
  // indented long line (an agenda item) leaves them a few ems apart.
  const slack = l.x2 - l.x > width * 0.7 ? l.size * 1.5 : Math.max(l.size * 1.5, width * 0.06);
  const centered = lm > l.size * 1.5 && rm > l.size * 1.5 && Math.abs(lm - rm) < slack;
  const right = !centered && rm < l.size * 1.5 && lm > width * 0.4;
  return { line: l, centered, right, big: l.size >= m.bodySize * 1.15 };
}

/** Joins two wrapped lines: CJK without a space, a word hyphenated at the line's end mended, else a space. */
export function joinText(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  if (CJK.test(a.slice(-1)) || CJK.test(b[0] ?? '')) return a + b;
  return `${a} ${b}`;
}

const isHeading = (s: Styled) => (s.centered || s.big || s.line.bold) && s.line.text.length <= 80;

const fillsColumn = (l: TextLine, m: Layout) => l.x - m.left < l.size * 0.5 && m.right - l.x2 < l.size * 1.5;

/** A list item's or numbered paragraph's first line: its label, then its text. */
const OPENS_ITEM = /^(?:[a-z]|[ivx]{1,4})[.)]\s|^[•·▪–-]\s/;

/**
 * An English numbered paragraph set with a hanging indent: "1. In determining …" at the margin, its further lines
 * indented under its text, each one under the one before. (A Chinese paragraph's indent is its first line's.)
 */
function hangs(a: TextLine, b: TextLine): boolean {
  if (CJK.test(b.text[0] ?? '') || CJK.test(a.text[0] ?? '')) return false;
  if (Math.abs(b.x - a.x) < b.size * 0.3) return true;
  return a.x < b.x - b.size * 0.8 && (OPENS_NUMBERED.test(a.text) || OPENS_ITEM.test(a.text));
}

/** Whether `next` carries on the block that `prev` ended; `m` is `next`'s layout, `pm` `prev`'s (another column's). */
function continues(prev: Styled, next: Styled, m: Layout, pm: Layout = m): boolean {
  const a = prev.line;
  const b = next.line;
  if (prev.right || next.right) return false;
  if (boldLeadRunsOn(prev.line, next.line, m, pm, prev.centered || next.centered || prev.big)) return true;
  if (Math.abs(a.size - b.size) > m.bodySize * 0.1 || a.bold !== b.bold) return false;
  // A centred note wrapped over lines: its full lines fill the column (no longer "centred"), its last one is centred.
  // So does a hanging paragraph's short last line, which its indent can make look centred.
  const full = fillsColumn(a, pm) || (hangs(a, b) && pm.right - a.x2 < a.size * 1.5);
  if (next.centered && !prev.centered && full && a.page === b.page && b.y - a.y <= m.lineGap * 1.2) return true;
  if (quoteGoesOn(a, prev.centered, b, m)) return true;
  // A quotation indented on both sides reads as centred, all but its short last line, which starts where they do.
  const indented = prev.centered && !next.centered && Math.abs(a.x - b.x) < b.size * 0.3 && b.x > m.left + b.size;
  if (indented && a.x2 - a.x > (m.right - m.left) * 0.6 && a.page === b.page && b.y - a.y <= m.lineGap * 1.2) return true;
  if (prev.centered !== next.centered) return false;
  if (a.page === b.page && b.y - a.y > Math.max(m.lineGap, a.size) * 1.45) return false;
  if (OPENS_NUMBERED.test(b.text) && !REFERS.test(a.text)) return false;
  if (isHeading(prev) || isHeading(next)) {
    // A heading set over two lines: bigger or bold, the same style, close together. A body-size centred line
    // stands alone (文号, a date) unless it is nearly as wide as the column (a 题注 wrapped over lines).
    const wide = a.x2 - a.x > (m.right - m.left) * 0.7;
    return (prev.big || a.bold || wide) && a.page === b.page && b.y - a.y <= Math.max(m.lineGap, a.size) * 1.6;
  }
  if (b.x > m.left + b.size * 0.8 && !hangs(a, b)) return false; // first-line indent
  return ranOn(a, b, pm);
}

/** A table line as a row of the table block before it (`same`) or of a new one; returns the page it is on. */
function tableRow(blocks: Block[], line: TextLine, same: boolean, lastPage: number): number {
  let block = blocks[blocks.length - 1];
  if (!same || !block || block.kind !== 'table') {
    block = { kind: 'table', text: '', centered: false, right: false, bold: false, pageStarts: [], rows: [] };
    blocks.push(block);
  }
  const rows = block.rows!;
  if (line.page !== lastPage) block.pageStarts.push({ page: line.page, offset: rows.length });
  rows.push(leaderCells(line.text) ?? line.cells?.map((c) => c.text) ?? [line.text]);
  block.text = joinText(block.text, line.text);
  return line.page;
}

/**
 * `title`: the title's lines (./title), joined into one 'title' block; `plain`: lines never taken as headings;
 * `tables`: the lines of tables (./tables), each table set as one 'table' block of rows.
 */
export function toBlocks(
  lines: TextLine[],
  m: Layout,
  title: ReadonlySet<TextLine> = new Set(),
  plain: ReadonlySet<TextLine> = new Set(),
  tables: ReadonlyMap<TextLine, number> = new Map(),
  heads: ReadonlyMap<TextLine, number> = new Map(),
): Block[] {
  const blocks: Block[] = [];
  const layout = layoutFor(lines, m);
  let prev: Styled | null = null;
  let prevLayout = m;
  let lastPage = 0;
  let lastTable = -1;
  for (const line of lines) {
    const t = tables.get(line) ?? -1;
    if (t >= 0) {
      lastPage = tableRow(blocks, line, t === lastTable, lastPage);
      lastTable = t;
      prev = null;
      continue;
    }
    lastTable = -1;
    const lm = layout(line);
    const s = style(line, lm);
    let block = blocks[blocks.length - 1];
    const inTitle = title.has(line);
    // a head the contents list names (./contents-heads) stands alone, but for its own second line
    const head = heads.get(line);
    const listed = head === undefined ? (prev && heads.has(prev.line) ? false : undefined) : head === 0;
    const goesOn = () => listed ?? continues(prev!, s, lm, prevLayout);
    if (prev && block && (inTitle ? block.kind === 'title' : block.kind !== 'title' && goesOn())) {
      block.text = joinText(block.text, line.text);
      // an indented quotation's lines each looked centred: the paragraph is not
      if (block.kind !== 'title' && quoteGoesOn(prev.line, prev.centered, line, lm)) Object.assign(block, { kind: 'p', centered: false });
      // a plain line running on from a bold one: a paragraph with a bold lead, not a heading
      if (block.kind === 'heading' && prev.line.bold && !line.bold) Object.assign(block, { kind: 'p', boldLead: prev.line.boldLead });
    } else {
      const kind = inTitle ? 'title' : head || (isHeading(s) && !plain.has(line)) ? 'heading' : 'p';
      const at = { indent: line.x - lm.left, size: line.size, ...(head && !inTitle ? { listed: head } : {}) };
      block = { kind, text: line.text, centered: s.centered, right: s.right, bold: line.bold || s.big, pageStarts: [], ...at };
      if (kind === 'p' && line.boldLead) block.boldLead = line.boldLead;
      blocks.push(block);
    }
    if (line.page !== lastPage) {
      block.pageStarts.push({ page: line.page, offset: block.text.length - line.text.length });
      lastPage = line.page;
    }
    prev = s;
    prevLayout = lm;
  }
  return blocks;
}
