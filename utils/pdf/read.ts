/** Reads a PDF's pages with pdfjs: each page's text items → lines, with progress. */
import { readingColumns } from './columns';
import { itemsToLines, toItems } from './lines';
import type { PageLines, PdfDocumentLike, PdfPageLike } from './types';

const BOLD_NAME = /bold|black|heavy|semibold|demi|黑体|hei(?:ti)?\b|simhei|黑/i;
/** Fonts of pictures, not letters: a list's bullet set in one comes out as the letter its slot has (`!`, `l`, `§`). */
const SYMBOL_NAME = /symbol|wingding|webding|dingbat|marlett/i;

type FontLike = { bold?: boolean; black?: boolean; name?: string } | null;

/** A check on a font by what pdfjs knows of it once loaded (its flags, its real name); false for one not resolved. */
function fontCheck(page: PdfPageLike, test: (f: NonNullable<FontLike>) => boolean): (fontName: string) => boolean {
  const cache = new Map<string, boolean>();
  return (id) => {
    let yes = cache.get(id);
    if (yes === undefined) {
      yes = false;
      try {
        const f = page.commonObjs?.has(id) ? (page.commonObjs.get(id) as FontLike) : null;
        yes = !!f && test(f);
      } catch {
        yes = false; // a font pdfjs has not resolved: treat as regular
      }
      cache.set(id, yes);
    }
    return yes;
  };
}

const boldCheck = (page: PdfPageLike) => fontCheck(page, (f) => !!f.bold || !!f.black || BOLD_NAME.test(f.name ?? ''));
const symbolCheck = (page: PdfPageLike) => fontCheck(page, (f) => SYMBOL_NAME.test(f.name ?? ''));

export async function readPage(doc: PdfDocumentLike, n: number): Promise<PageLines> {
  const page = await doc.getPage(n);
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // Font names (and so bold) reach commonObjs only through the operator list; fonts are shared across pages,
  // so it is asked for only on a page that uses a font not seen yet.
  const fonts = new Set(content.items.map((i) => (i as { fontName?: string }).fontName).filter((f): f is string => !!f));
  if (page.commonObjs && page.getOperatorList && [...fonts].some((f) => !page.commonObjs!.has(f))) {
    await page.getOperatorList().catch(() => undefined);
  }
  const lines = readingColumns(toItems(content, height, boldCheck(page), symbolCheck(page)), height).flatMap((g) =>
    itemsToLines(g.items, n).map((l) => (g.column < 0 ? l : { ...l, column: g.column })),
  );
  page.cleanup?.();
  return { page: n, width, height, lines };
}

export async function readPages(doc: PdfDocumentLike, onProgress?: (done: number, total: number) => void): Promise<PageLines[]> {
  const pages: PageLines[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    pages.push(await readPage(doc, n));
    onProgress?.(n, doc.numPages);
  }
  return pages;
}
