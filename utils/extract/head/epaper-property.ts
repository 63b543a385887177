/**
 * Founder's newspaper systems (方正 e-paper and ENP, behind most Chinese dailies' digital editions) write the article's
 * record into a comment — `<!--mpproperty <founder-date> 2022-02-12 </founder-date> <founder-title>…-->` or
 * `<!--enpproperty <date>2021-11-25 16:26:07.0</date><title>…</title>-->` — while the page shows the edition date only
 * in chrome (a bold date in the search bar) and sets the headline in a table with its 引题 and 副题. The record is the
 * CMS's own, as a meta tag would be.
 */
import { toIsoDateTime } from './dates';

const RECORD = /^\s*(?:mp|enp)property\b/;
const field = (record: string, name: string): string =>
  new RegExp(`<(?:founder-)?${name}>\\s*([^<]*?)\\s*</(?:founder-)?${name}>`).exec(record)?.[1] ?? '';

export interface EpaperRecord {
  /** publish date or time, ISO; '' when none */
  date: string;
  title: string;
}

/** The first Founder e-paper/ENP record comment in the document, or null. */
export function readEpaperRecord(doc: Document): EpaperRecord | null {
  const walker = doc.createTreeWalker(doc, 128 /* SHOW_COMMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (RECORD.test(text)) return { date: toIsoDateTime(field(text, 'date')), title: field(text, 'title') };
  }
  return null;
}
