/**
 * The title as the document prints it. A CMS's title field is often a retyped copy of the printed title line: the
 * 《》 dropped, a character lost or mistyped (…商用车产业… became …商用产业…). When the page prints a line that reads
 * as the chosen title but for its marks and one letter, that printed line is the title.
 */
const strip = (s: string) => s.replace(/\s+/g, '');
// What a retyped copy loses: the book-title marks and quotes.
const MARKS = /[《》〈〉“”「」]/g;
const MAX_MARKS = 6;

// A printed comma or stop the copy lacks is the headline's style, not a lost word: the punctuation must agree.
const punctuation = (s: string) => s.replace(/[\p{L}\p{N}]/gu, '').replace(MARKS, '');

/** True when a and b differ by at most one character changed, added or dropped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // one character changed, one dropped from a, or one dropped from b
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** `text` without its whitespace, and the places in it where a line ended (line by line: a whole body's text). */
function flatten(text: string): { flat: string; breaks: Set<number> } {
  const parts: string[] = [];
  const breaks = new Set<number>();
  let length = 0;
  for (const [i, line] of text.split('\n').entries()) {
    if (i) breaks.add(length);
    const part = line.replace(/\s+/g, '');
    parts.push(part);
    length += part.length;
  }
  return { flat: parts.join(''), breaks };
}

/**
 * The printed form of `core` in `text` (`text` not holding `core`), or ''. It is a title line: it ends its line, and
 * opens it unless `afterNames` (the core starts at 关于, the issuers may precede it on its line); a sentence naming
 * the document (现向社会公布某某局2023年度…报告。) prints no title line.
 */
function printedForm(core: string, text: string, afterNames: boolean, stripped: string): string {
  // the title's first characters printed nowhere: no form of it is (and the text need not be flattened)
  if (!stripped.includes(core.slice(0, 4))) return '';
  const { flat, breaks } = flatten(text);
  const bare = core.replace(MARKS, '');
  const head = core.slice(0, 4);
  const tail = core.slice(-3);
  for (let at = flat.indexOf(head); at >= 0; at = flat.indexOf(head, at + 1)) {
    if (!afterNames && at > 0 && !breaks.has(at)) continue;
    for (let len = core.length - 1; len <= core.length + MAX_MARKS + 1; len++) {
      const span = flat.slice(at, at + len);
      if (span.length !== len || !span.endsWith(tail) || punctuation(span) !== punctuation(core)) continue;
      if (at + len < flat.length && !breaks.has(at + len)) continue;
      if (withinOneEdit(bare, span.replace(MARKS, ''))) return span;
    }
  }
  return '';
}

/** `title` with its own words (from 关于 on, else all of it) as the page prints them. */
export function asPrinted(title: string, texts: () => string[]): string {
  if (!/[\u4e00-\u9fa5]/.test(title)) return title;
  const from = Math.max(0, title.indexOf('关于'));
  const core = strip(title.slice(from));
  if (core.length < 8) return title;
  // the article's text (last) prints the title line; a description or headline may repeat the CMS's copy
  for (const text of [...texts()].reverse()) {
    const flat = strip(text);
    if (flat.includes(core)) return title;
    const printed = printedForm(core, text, from > 0, flat);
    if (printed) return title.slice(0, from) + printed;
  }
  return title;
}
