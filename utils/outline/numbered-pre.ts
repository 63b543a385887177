/**
 * Preformatted text printed with line numbers, as a legislature prints a bill (New York's LBDC: "     3    § 2. …"
 * over "     4  subdivisions …") or a court its pleading paper: each printed line opens with its number, and a
 * paragraph starts where the text after the number is indented further than the lines that carry it on. The numbers
 * are the page's furniture, not the text's: a paragraph's label ("Section 1.", "§ 2.") comes after them.
 */

/** A printed line opening with its number, then the text (two spaces at least). */
const NUMBERED = /^[ \t]*(\d{1,3})[ \t]{2,}\S/gm;
/** A paragraph's first line: its number, then a deeper indent (three spaces or more) than a carried-on line's. */
const PARAGRAPH_LINE = /\n(?=[ \t]*\d{1,3}[ \t]{3,}\S)/;
/** The number that opens a paragraph's first line, with the spaces after it. */
export const LINE_NUMBER = /^[ \t]*\d{1,3}[ \t]{2,}(?=\S)/;

const seen = new WeakMap<Element, boolean>();

/** The <pre> prints its lines numbered: three lines or more (a bill's last page may be short), each number one more than the last line's. */
export function isNumberedPre(pre: Element): boolean {
  const known = seen.get(pre);
  if (known !== undefined) return known;
  const numbers = [...(pre.textContent ?? '').matchAll(NUMBERED)].map((m) => Number(m[1]));
  let run = 0;
  let best = 0;
  for (const [i, n] of numbers.entries()) {
    run = i > 0 && n === numbers[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  const numbered = best >= 3;
  seen.set(pre, numbered);
  return numbered;
}

/** Where the text node's next paragraph starts (just after the line break before its number), or -1. */
export function paragraphCut(text: string): number {
  const m = PARAGRAPH_LINE.exec(text);
  return m ? m.index + 1 : -1;
}
