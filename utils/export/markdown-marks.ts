/**
 * Clip text as Markdown paragraphs with the highlights marked inline, `==like this==` (Obsidian's highlight), and
 * their notes as footnotes (`[^1]`). Footnotes rather than callouts: a note stays attached to the words it is about
 * while the paragraph keeps flowing (a callout is a block and would break a paragraph in two), and footnotes are
 * read by Obsidian, Pandoc, GitHub and markdown-it alike.
 */
import { mdInline, mdParagraphs } from './markdown-text';

export interface Mark {
  start: number;
  end: number;
  note: string;
}

/** Footnotes in order of first reference; a mark's note is referenced once, after its last piece. */
export class Footnotes {
  private readonly notes: string[] = [];
  /** marks (by index) whose note has been referenced, and those with at least one piece written */
  readonly referenced = new Set<number>();
  readonly shown = new Set<number>();

  ref(note: string, key?: number): string {
    if (key !== undefined) this.referenced.add(key);
    this.notes.push(note);
    return `[^${this.notes.length}]`;
  }

  /** The definitions; a note's later paragraphs are indented under it. */
  render(): string[] {
    return this.notes.map((note, i) => `[^${i + 1}]: ${mdParagraphs(note).join('\n\n    ')}`);
  }
}

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;
const LINE = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Marks in text order without overlaps: a highlight overlapping an earlier one starts where that one ends; one
 * wholly inside an earlier one cannot be marked again and is returned as `inside` (listed apart by the caller).
 */
export function tidyMarks<M extends Mark>(marks: readonly M[]): { marks: M[]; inside: M[] } {
  const out: M[] = [];
  const inside: M[] = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = Math.max(m.start, out[out.length - 1]?.end ?? 0);
    if (m.end > start) out.push({ ...m, start });
    else inside.push(m);
  }
  return { marks: out, inside };
}

interface Seg {
  s: number;
  e: number;
  k: number;
}

/** Escaped Markdown for one line's segments; list and ordered-list markers at the start are neutralised. */
function lineMarkdown(text: string, segs: readonly Seg[], marks: readonly Mark[], last: Map<number, Seg>, notes: Footnotes): string {
  let out = '';
  for (const seg of segs) {
    const body = mdInline(text.slice(seg.s, seg.e));
    out += seg.k < 0 ? body : `==${body}==`;
    const note = seg.k >= 0 && last.get(seg.k) === seg ? marks[seg.k]!.note : '';
    if (note) out += notes.ref(note, seg.k);
  }
  return out.replace(/^[-+]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Paragraphs (one per non-empty line) of text[from, to) with `marks` (from tidyMarks, text offsets) marked inline.
 * `skipTo` drops the start of the first line up to that offset (a heading's words, written as the heading).
 */
export function markedParagraphs(
  text: string,
  from: number,
  to: number,
  marks: readonly Mark[],
  notes: Footnotes,
  skipTo = from,
): string[] {
  const lines: Seg[][] = [];
  const last = new Map<number, Seg>();
  let ls = from;
  const ends = [...text.slice(from, to).matchAll(LINE)].map((m) => [from + m.index, from + m.index + m[0].length] as const);
  ends.push([to, to]);
  for (const [le, next] of ends) {
    let s = Math.max(ls, ls === from ? skipTo : ls);
    let e = le;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    const segs: Seg[] = [];
    let at = s;
    marks.forEach((m, k) => {
      let ms = Math.max(m.start, s);
      let me = Math.min(m.end, e);
      while (ms < me && SPACE.test(text[ms]!)) ms++;
      while (me > ms && SPACE.test(text[me - 1]!)) me--;
      if (me <= ms) return;
      if (ms > at) segs.push({ s: at, e: ms, k: -1 });
      const seg = { s: ms, e: me, k };
      segs.push(seg);
      notes.shown.add(k);
      if (m.end <= to) last.set(k, seg);
      at = me;
    });
    if (e > at) segs.push({ s: at, e, k: -1 });
    if (segs.length) lines.push(segs);
    ls = next;
  }
  return lines.map((segs) => lineMarkdown(text, segs, marks, last, notes)).filter(Boolean);
}
