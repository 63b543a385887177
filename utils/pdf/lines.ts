/**
 * Text items → printed lines. pdfjs hands back runs of text with a position and a size, in content-stream order
 * (which is not always reading order); a line is the items sharing a baseline, read left to right.
 */
import { dropOverprints } from './overprint';
import { foldRadicals } from './radicals';
import type { Cell, Item, PdfTextContent, PdfTextItem, TextLine } from './types';

export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

const isTextItem = (i: PdfTextItem | { type: string }): i is PdfTextItem => typeof (i as PdfTextItem).str === 'string';

/**
 * The content's horizontal items in top-down coordinates; rotated text (watermarks, margin notes) is left out, and a
 * lone glyph set in a symbol font (a list's bullet in Wingdings or WP Typographic Symbols) reads as •.
 */
export function toItems(
  content: PdfTextContent,
  pageHeight: number,
  isBold: (fontName: string) => boolean = () => false,
  isSymbol: (fontName: string) => boolean = () => false,
): Item[] {
  const out: Item[] = [];
  for (const it of content.items) {
    if (!isTextItem(it) || !it.str.trim()) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = it.transform;
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue;
    const size = Math.hypot(c, d) || it.height;
    if (!(size > 1)) continue;
    // a lone glyph of a symbol font is a bullet, whatever letter its slot maps to
    const str = it.str.trim().length === 1 && isSymbol(it.fontName) ? '•' : foldRadicals(it.str);
    out.push({ str, x: e, y: pageHeight - f, w: it.width, size, bold: isBold(it.fontName) });
  }
  return dropOverprints(out);
}

/** Whether a space goes between two pieces of text on a line, `gap` apart (in units of the font size). */
function needsSpace(left: string, right: string, gap: number): boolean {
  if (/\s$/.test(left) || /^\s/.test(right)) return false;
  const cjk = CJK.test(left.slice(-1)) || CJK.test(right[0] ?? '');
  // CJK runs print with no spaces; a wide gap there is deliberate spacing (第一章　总　　则).
  return cjk ? gap > 0.6 : gap > 0.15;
}

/** A gap this wide (in ems) between two items on a line parts table cells (word and letter spacing stay narrower). */
const CELL_GAP = 1.5;

/** A numbering label alone: 1. 2.1 (a) 一、 （一） § 第三条 Section 5. */
const BARE_LABEL =
  /^(?:\d{1,3}(?:\.\d{1,3})*[.．、)）]?|[（(][\da-zA-Z一二三四五六七八九十]{1,4}[)）]|[一二三四五六七八九十]{1,3}[、．.]|[A-Za-z][.)]|§+\s*[\d.]+|第[一二三四五六七八九十百零\d]+[章节条]|(?:Section|Sec\.|Article|Art\.)\s*\d+[A-Z]?\.?)$/;

/** Letter-spaced CJK (a masthead, 通　知) comes out one character a word: close it up. */
function unspace(text: string): string {
  const words = text.split(' ');
  return words.length >= 3 && words.slice(0, -1).every((w) => w.length === 1 && CJK.test(w)) ? words.join('') : text;
}

/** The size most of the line's characters are set in (the larger on a tie). */
function mainSize(items: Item[]): number {
  const sizes = new Map<number, number>();
  for (const it of items) {
    const s = Math.round(it.size * 2) / 2;
    sizes.set(s, (sizes.get(s) ?? 0) + it.str.trim().length);
  }
  return [...sizes].sort((p, q) => q[1] - p[1] || q[0] - p[0])[0]![0];
}

const NOTE_MARK = /^[\d*†‡]{1,3}(?:[\s,]+[\d*†‡]{1,3}){0,3}$/;

/**
 * A note's reference mark set small and raised at the end of a line (Article 5¹, a heading's footnote) is cut off: kept,
 * it glues onto the number before it (Article 51). Marks inside a line stay, set apart as words.
 */
function dropEndMarks(items: Item[]): Item[] {
  const size = mainSize(items);
  const base = items.reduce((m, it) => (it.size >= size ? Math.max(m, it.y) : m), -Infinity);
  let n = items.length;
  const isMark = (it: Item) => it.size <= 0.85 * size && base - it.y >= 0.2 * size && NOTE_MARK.test(it.str.trim());
  while (n > 1 && isMark(items[n - 1]!)) n--;
  return n < items.length ? items.slice(0, n) : items;
}

/**
 * The bold words right after a plain number that opens the line (`2.` **Reverse engineering** `(section 1201(f)).
 * This …`): a numbered paragraph led by its caption, as a web page sets `1. <b>…</b> …`.
 */
function labelLead(items: Item[]): string {
  const texts = items.filter((it) => it.str.trim());
  const first = texts[0];
  if (!first || first.bold || !BARE_LABEL.test(first.str.trim())) return '';
  let lead = '';
  for (let k = 1; k < texts.length && texts[k]!.bold; k++) lead += (lead && needsSpace(lead, texts[k]!.str, 1) ? ' ' : '') + texts[k]!.str;
  lead = lead.replace(/\s+/g, ' ').trim();
  return lead.length >= 2 ? lead : '';
}

function joinLine(all: Item[], page: number): TextLine {
  all.sort((p, q) => p.x - q.x);
  const items = dropEndMarks(all);
  let text = '';
  let right = -Infinity;
  let boldChars = 0;
  let chars = 0;
  const cells: Cell[] = [];
  for (const it of items) {
    const gap = (it.x - right) / it.size;
    const cell = cells[cells.length - 1];
    if (cell && gap < CELL_GAP) {
      cell.text = cell.text + (needsSpace(cell.text, it.str, gap) ? ' ' : '') + it.str;
      cell.x2 = Math.max(cell.x2, it.x + it.w);
    } else cells.push({ text: it.str, x: it.x, x2: it.x + it.w });
    if (text && needsSpace(text, it.str, gap)) text += ' ';
    text += it.str;
    right = Math.max(right, it.x + it.w);
    const n = it.str.trim().length;
    chars += n;
    if (it.bold) boldChars += n;
  }
  const size = mainSize(items);
  const first = items[0]!;
  const y = items.reduce((m, it) => (it.size >= size ? it.y : m), first.y);
  const line: TextLine = {
    text: unspace(text.replace(/\s+/g, ' ').trim()),
    x: first.x,
    x2: right,
    y,
    size,
    bold: boldChars * 2 > chars,
    page,
  };
  // A number hung out before its text (1.␣␣␣CALL TO ORDER, 一、␣␣总则) is a list item's or heading's, not a cell.
  if (cells.length > 1 && BARE_LABEL.test(cells[0]!.text.trim())) {
    const [a, b] = cells.splice(0, 2) as [Cell, Cell];
    cells.unshift({ text: `${a.text} ${b.text}`, x: a.x, x2: b.x2 });
  }
  if (cells.length > 1) line.cells = cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() }));
  const lead = labelLead(items);
  if (lead && line.text.indexOf(lead) > 0) line.boldLead = lead;
  return line;
}

/** Items → lines, top to bottom: items whose baselines are within 40% of the font size share a line. */
export function itemsToLines(items: Item[], page: number): TextLine[] {
  const sorted = [...items].sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: TextLine[] = [];
  let cur: Item[] = [];
  let base = 0;
  let tol = 0;
  for (const it of sorted) {
    if (cur.length && Math.abs(it.y - base) <= Math.max(tol, 0.4 * it.size)) {
      cur.push(it);
      continue;
    }
    if (cur.length) lines.push(joinLine(cur, page));
    cur = [it];
    base = it.y;
    tol = 0.4 * it.size;
  }
  if (cur.length) lines.push(joinLine(cur, page));
  return lines.filter((l) => l.text);
}
