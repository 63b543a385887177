/** What the pipeline reads from the page before Readability mutates it: address, metadata and title candidates. */
import type { PolicyMeta } from '../../types';
import { pickCanonicalUrl } from '../../url';
import { readPageInfo } from './meta';
import { siteKey } from '../../url';
import { readPolicyMeta } from './policy';
import { blockText } from '../../dom/blocks';
import { printedLines } from './printed-lines';
import { chooseTitle } from './title';
import { readTitleHead, type TitleHead } from './title-head';
import { readBillSponsor } from './policy-bill';
import { readCourtAuthor } from './court-author';

export interface Head extends TitleHead {
  canonicalUrl: string;
  info: ReturnType<typeof readPageInfo>;
  policy: PolicyMeta;
}

/** Everything read from the page before Readability mutates it. */
export function readHead(doc: Document, url: string): Head {
  const read = readPageInfo(doc, siteKey(url) ?? '');
  const head = readTitleHead(doc, url, read.siteName);
  const { court } = head;
  // a bill's sponsor is its author; an opinion's, the judge who wrote it
  const author = () => (court && doc.body ? readCourtAuthor(blockText(doc.body).split('\n')) : readBillSponsor(doc));
  const info = read.author ? read : { ...read, author: author() };
  const { titleInputs } = head;
  // The text scan finds the 文号 and the signature below the title: the title the page prints, however <title> reads.
  const fullTexts = () => [...titleInputs.headlines, doc.body ? printedLines(blockText(doc.body)) : ''];
  const read0 = readPolicyMeta(doc, chooseTitle({ ...titleInputs, readabilityTitle: '', fullTexts }));
  // an opinion's caption names its court, docket number and day before anything else on the page does
  const meta = court
    ? { ...read0, issuer: court.court || read0.issuer, docNumber: court.docNumber, writtenDate: court.date || read0.writtenDate }
    : read0;
  // A page that states no publish date in its metadata was still published when its info line says.
  const publishDate = meta.publishDate || info.publishedTime.slice(0, 10);
  const policy = { ...meta, publishDate, source: meta.source || info.source, author: meta.author || info.author };
  return {
    ...head,
    canonicalUrl: pickCanonicalUrl(url, doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
    info,
    policy,
  };
}
