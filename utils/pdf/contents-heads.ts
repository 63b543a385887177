/**
 * A Word document's Contents lists its heads, each level indented further. Where the body prints a line that is
 * one of them, that line is a head of that level however it is set: a guideline's or policy's heads often differ
 * from its text only by typeface (Calibri Light over Calibri), which a PDF's text layer does not keep, so neither
 * size nor weight tells them. Taken only when three entries or more are found in the body after the list.
 */
import { contentsRuns, leaderCells } from './contents';
import { OPENS_NUMBERED } from './numbered';
import type { Block, TextLine } from './types';

/** What a body line and a contents entry are compared by: case, spacing and compatibility forms (ﬀ, ﬁ) folded. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const MIN_FOUND = 3;
/** A numbered entry (1 Name, Schedule 1—, 第一章, 一、): its number ranks it in the outline, whatever its type. */
const NUMBERED = /^(?:[\p{N}(（第§]|(?:part|schedule|chapter|section|division|article|annex|appendix|title|rule)\s)/iu;
/** a body head wrapped over two lines: its first line is this long at least */
const MIN_PIECE = 12;

interface Entry {
  text: string;
  x: number;
  size: number;
}

/** The entries of the contents lists (an entry wrapped over lines joined), and the lists' lines. */
function entriesOf(lines: TextLine[]): { entries: Entry[]; listed: Set<TextLine>; end: number } {
  const entries: Entry[] = [];
  const listed = new Set<TextLine>();
  let end = -1;
  for (const [from, to] of contentsRuns(lines)) {
    let pending: TextLine[] = [];
    for (let i = from; i <= to; i++) {
      const l = lines[i]!;
      listed.add(l);
      const cells = leaderCells(l.text);
      if (!cells) {
        pending.push(l);
        continue;
      }
      const first = pending[0] ?? l;
      if (NUMBERED.test(cells[0]) || OPENS_NUMBERED.test(first.text)) {
        pending = [];
        continue;
      }
      entries.push({ text: norm([...pending.map((p) => p.text), cells[0]].join(' ')), x: first.x, size: first.size });
      // a caption line over a group of entries is no part of the next: the entry alone counts too
      if (pending.length) entries.push({ text: norm(cells[0]), x: l.x, size: l.size });
      pending = [];
    }
    end = to;
  }
  return { entries, listed, end };
}

/** Entry indents → levels (1 = furthest out), indents within half an em counted as one. */
function levelsOf(entries: Entry[]): (e: Entry) => number {
  const xs = [...new Set(entries.map((e) => e.x))].sort((a, b) => a - b);
  const steps: number[] = [];
  for (const x of xs) if (!steps.length || x - steps[steps.length - 1]! > entries[0]!.size * 0.5) steps.push(x);
  return (e) => steps.filter((x) => x <= e.x + e.size * 0.25).length || 1;
}

/**
 * The body lines that print a contents entry → the entry's level; a line that carries on a head wrapped over two
 * lines → 0. Empty when the document has no contents list or fewer than three of its entries are found.
 */
export function contentsHeads(lines: TextLine[], skip: ReadonlyMap<TextLine, number>): Map<TextLine, number> {
  const heads = new Map<TextLine, number>();
  const { entries, listed, end } = entriesOf(lines);
  if (entries.length < MIN_FOUND) return heads;
  const level = levelsOf(entries);
  const byText = new Map<string, Entry>();
  for (const e of entries) if (!byText.has(e.text)) byText.set(e.text, e);
  const found = new Set<Entry>();
  for (let i = end + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (listed.has(l) || skip.has(l)) continue;
    const t = norm(l.text);

    let entry = byText.get(t);
    let span = 1;
    const next = lines[i + 1];
    if (!entry && next && t.length >= MIN_PIECE && !skip.has(next)) {
      entry = byText.get(`${t} ${norm(next.text)}`);
      span = 2;
    }
    if (!entry || found.has(entry)) continue;
    found.add(entry);
    heads.set(l, level(entry));
    if (span === 2) heads.set(next!, 0);
    i += span - 1;
  }
  return found.size >= MIN_FOUND ? heads : new Map();
}

/**
 * After the type styles have ranked the heads (./tiers): a listed head they left unranked — set in the body's own
 * size and weight — takes its entry's level.
 */
export function listedTiers(blocks: Block[]): void {
  for (const b of blocks) if (b.kind === 'heading' && b.listed && !b.tier) b.tier = b.listed;
}
