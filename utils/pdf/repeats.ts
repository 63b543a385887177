/**
 * A page that prints again the lines the page before ended with: an export from a spreadsheet or a word processor
 * whose print areas overlap sets the last items of a list (（六）…（十）) once more at the top of the next page. A
 * reader skips the repeat; kept, it doubles those items in the text and the outline. Three lines or more, in order,
 * the same text at the same indent, are one repeat; no document prints that on purpose.
 */
import type { PageLines, TextLine } from './types';

const MIN_LINES = 3;

const same = (a: TextLine, b: TextLine) => a.text === b.text && Math.abs(a.x - b.x) < 1;

/** How many of `next`'s first lines repeat, in order, the last lines of `prev`. */
function repeatedHead(prev: TextLine[], next: TextLine[]): number {
  for (let k = Math.min(prev.length, next.length); k >= MIN_LINES; k--) {
    const tail = prev.slice(prev.length - k);
    if (tail.every((l, i) => same(l, next[i]!))) return k;
  }
  return 0;
}

export function dropRepeatedHeads(pages: PageLines[]): PageLines[] {
  return pages.map((p, i) => {
    const k = i > 0 ? repeatedHead(pages[i - 1]!.lines, p.lines) : 0;
    return k ? { ...p, lines: p.lines.slice(k) } : p;
  });
}
