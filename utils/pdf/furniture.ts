/**
 * Page furniture: running headers and footers (the same text, digits aside, at the same height on most pages) and
 * page numbers ("- 3 -", "第 3 页", "3", "Page 3 of 9"). A reader of the reflowed text wants neither.
 */
import type { PageLines, TextLine } from './types';

const PAGE_NUMBER = [
  // five digits: a journal numbers its pages through the volume (Federal Register page 47698)
  /^[-—–－\s]*\d{1,5}[-—–－\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页$/,
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
  /^\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i,
  /^[ivxlc]{1,6}$/i,
];

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(text.trim()));

/**
 * The lines in a page's top and bottom bands, where running headers and footers sit; and, set smaller than its text,
 * its first and last two lines, where a page with tall margins sets them (a slip opinion's `Cite as: …` over
 * `Opinion of the Court`, well below the band).
 */
function bandLines(p: PageLines, textSize: number): Set<TextLine> {
  const band = p.height * 0.12;
  const small = [...p.lines.slice(0, 2), ...p.lines.slice(-2)].filter((l) => l.size < textSize - 0.5);
  return new Set([...p.lines.filter((l) => l.y < band || l.y > p.height - band), ...small]);
}

/** Where a page number may sit: in a band, or the page's very first or last line (a number in a tall margin). */
function numberPlaces(p: PageLines, band: Set<TextLine>): Set<TextLine> {
  const ends = [p.lines[0], p.lines[p.lines.length - 1]].filter((l): l is TextLine => !!l);
  return new Set([...band, ...ends]);
}

const textKey = (l: TextLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * The lines to keep. A header or footer repeats in a band on most pages (at least 3, or 2 of 2, and 40% of them: a
 * first page often has none, and odd and even pages may differ), at the same height give or take half a line; a page
 * number goes on any page.
 */
export function dropFurniture(pages: PageLines[]): PageLines[] {
  const sizes = pages.flatMap((p) => p.lines.map((l) => l.size)).sort((a, b) => a - b);
  const textSize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const bands = pages.map((p) => bandLines(p, textSize));
  const heights = new Map<string, number[]>();
  for (const band of bands)
    for (const l of band) {
      const k = textKey(l);
      const ys = heights.get(k);
      if (ys) ys.push(l.y);
      else heights.set(k, [l.y]);
    }
  // Two pages are enough when the document has only two; one page shows nothing repeating.
  const need = pages.length < 2 ? Infinity : Math.max(Math.min(3, pages.length), Math.ceil(pages.length * 0.4));
  const repeats = (l: TextLine) => (heights.get(textKey(l)) ?? []).filter((y) => Math.abs(y - l.y) <= l.size * 0.6).length >= need;
  return pages.map((p, i) => {
    const band = bands[i]!;
    const numbers = numberPlaces(p, band);
    return { ...p, lines: p.lines.filter((l) => !(band.has(l) && repeats(l)) && !(numbers.has(l) && isPageNumber(l.text))) };
  });
}
