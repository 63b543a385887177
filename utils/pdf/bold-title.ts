/**
 * A Word briefing or bulletin printed to PDF often sets its title bold in the body's size at the left margin, under
 * at most a plain series line (Prescribing Update / **Diabetes Technology Update** / its first paragraph). With
 * nothing set bigger, nothing centred and no title in the file's properties, that bold line names the document
 * better than its file name does.
 */
import type { Layout } from './layout';
import type { TextLine } from './types';

/** A numbered head (1. Purpose, Part 2, Section 3, 第一章, 一、), a date or a sentence's end: no title. */
const NOT_A_TITLE =
  /^(?:\(?[\dIVXivx]{1,4}[.)]\s|(?:Part|Section|Chapter|Article|Schedule|Annex|Appendix)\s+\w|第|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])|[.,;:，。；：]$/;

/** How many words (or, for CJK, characters / 2) a line carries. */
const words = (s: string) => s.trim().split(/\s+/).length + ([...s].filter((c) => /[\u3400-\u9fff]/.test(c)).length >> 1);

const sameRun = (a: TextLine, b: TextLine) => b.bold && Math.abs(a.size - b.size) < 0.5 && b.y > a.y && b.y - a.y < a.size * 2.2;

/**
 * The first page's bold title run, when it opens the page (after at most two short plain lines, a series name or a
 * masthead) and plain text follows it; [] otherwise.
 */
export function boldTitle(lines: TextLine[], m: Layout): TextLine[] {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const at = first.findIndex((l) => l.bold);
  if (at < 0 || at > 2) return [];
  // the plain lines above it are short lines of their own, not a paragraph's
  if (first.slice(0, at).some((l) => words(l.text) > 8 || l.x2 > m.right - (m.right - m.left) * 0.2)) return [];
  const run = [first[at]!];
  while (run.length < 3 && first[at + run.length] && sameRun(run[run.length - 1]!, first[at + run.length]!))
    run.push(first[at + run.length]!);
  const after = first[at + run.length];
  if (!after || after.bold) return [];
  const text = run.map((l) => l.text.trim()).join(' ');
  if (Math.abs(run[0]!.size - m.bodySize) > m.bodySize * 0.1 || NOT_A_TITLE.test(text)) return [];
  const n = words(text);
  return n >= 2 && n <= 16 ? run : [];
}
