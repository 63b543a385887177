/**
 * The part of the page head that the title and the outline need: the title candidates, the description and the
 * host. The popup's outline preview reads only this (utils/extract/outline-only.ts), not the policy metadata, dates
 * and bylines a clip stores, which are most of the head's time on a big law.
 */
import { headingText, readHeadlines } from './headlines';
import { metaContent } from './meta';
import { lastSegment, segmentCount, type TitleInputs } from './title';
import { logoName, readH1Block, readPageH1 } from './title-h1';
import { readLegalTitleLine } from './title-legal-en';
import { printsWholeTitle } from './title-whole';
import { readEpaperRecord } from './epaper-property';
import { readCourtCaption, type CourtCaption } from './court-caption';
import { blockText, squash } from '../../dom/blocks';

export interface TitleHead {
  url: string;
  hostname: string;
  description: string;
  titleInputs: Omit<TitleInputs, 'readabilityTitle'> & { headlines: string[] };
  /** a court opinion's caption (court-caption.ts), or null */
  court: CourtCaption | null;
}

/** The first cell of each row of the page's first tables (a caption table's party column). */
function firstCells(body: Element): string[] {
  const tables = Array.from(body.querySelectorAll('table')).slice(0, 3);
  return tables.flatMap((t) =>
    Array.from(t.querySelectorAll('tr'))
      .slice(0, 30)
      .map((r) => squash(r.cells[0]?.textContent ?? '')),
  );
}

/** `siteName`: the page's own (utils/extract/head/meta.ts), which the title is told apart from. */
export function readTitleHead(doc: Document, url: string, siteName: string): TitleHead {
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    /* CLI files without --url */
  }
  // a court opinion prints its caption within its first lines (a slip opinion's syllabus page, a masthead)
  const court = doc.body ? readCourtCaption(blockText(doc.body, 200).split('\n'), firstCells(doc.body)) : null;
  return {
    url,
    hostname,
    description: metaContent(doc, ['description', 'og:description', 'twitter:description']),
    titleInputs: {
      metaTitle:
        metaContent(doc, ['ArticleTitle', 'og:title', 'twitter:title', 'headline', 'dc.title']) || (readEpaperRecord(doc)?.title ?? ''),
      docTitle: doc.title ?? '',
      headings: Array.from(doc.querySelectorAll('h1, h2')).slice(0, 12).map(headingText),
      headlines: readHeadlines(doc),
      // without a stated site name, the logo heading the <title> ends with names the site
      siteName: siteName || logoName(doc, lastSegment(doc.title ?? '')),
      legalLine: readLegalTitleLine(doc),
      pageH1: readPageH1(doc),
      h1Block: readH1Block(doc),
      titlePrinted: printsWholeTitle(doc, doc.title ?? '', segmentCount(doc.title ?? '')),
      caption: court?.title,
    },
    court,
  };
}
