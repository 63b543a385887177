/**
 * Page furniture: running headers and footers (the same text, digits aside, at the same height on most pages) and
 * page numbers ("- 3 -", "第 3 页", "3", "Page 3 of 9"). A reader of the reflowed text wants neither.
 */
import type { PageLines, TextLine } from './types';

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页$/,
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
  /^\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i,
  /^[ivxlc]{1,6}$/i,
];

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** The lines in a page's top and bottom bands: where furniture sits. */
function bandLines(p: PageLines): TextLine[] {
  const band = p.height * 0.12;
  const edge = p.lines.filter((l) => l.y < band || l.y > p.height - band);
  // Outside the bands only the very first and last lines may be furniture (a page number in a tall margin).
  const first = p.lines[0];
  const last = p.lines[p.lines.length - 1];
  return [...new Set([...edge, ...(first ? [first] : []), ...(last ? [last] : [])])];
}

const textKey = (l: TextLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * The lines to keep. A header repeats on most pages (at least 3 (2 of 2), and 40% of them — a first page often has none,
 * and odd and even pages may differ), at the same height give or take half a line; a page number in a band goes on
 * any page.
 */
export function dropFurniture(pages: PageLines[]): PageLines[] {
  const bands = pages.map((p) => new Set(bandLines(p)));
  const heights = new Map<string, number[]>();
  for (const band of bands) for (const l of band) heights.set(textKey(l), [...(heights.get(textKey(l)) ?? []), l.y]);
  // Two pages are enough when the document has only two; one page shows nothing repeating.
  const need = pages.length < 2 ? Infinity : Math.max(Math.min(3, pages.length), Math.ceil(pages.length * 0.4));
  const repeats = (l: TextLine) => (heights.get(textKey(l)) ?? []).filter((y) => Math.abs(y - l.y) <= l.size * 0.6).length >= need;
  return pages.map((p, i) => ({
    ...p,
    lines: p.lines.filter((l) => !bands[i]!.has(l) || !(isPageNumber(l.text) || repeats(l))),
  }));
}
