/** What the pipeline reads from the page before Readability mutates it: address, metadata and title candidates. */
import type { PolicyMeta } from '../../types';
import { pickCanonicalUrl } from '../../url';
import { metaContent, readPageInfo } from './meta';
import { readPolicyMeta } from './policy';
import { blockText, squash } from '../../dom/blocks';
import { chooseTitle, type TitleInputs } from './title';
import { readHeadlines } from './headlines';
import { readLegalTitleLine } from './title-legal-en';
import { readBillSponsor } from './policy-bill';

export interface Head {
  url: string;
  canonicalUrl: string;
  hostname: string;
  description: string;
  info: ReturnType<typeof readPageInfo>;
  policy: PolicyMeta;
  titleInputs: Omit<TitleInputs, 'readabilityTitle'>;
}

/** Everything read from the page before Readability mutates it. */
export function readHead(doc: Document, url: string): Head {
  const read = readPageInfo(doc);
  // a bill's sponsor is its author
  const info = read.author ? read : { ...read, author: readBillSponsor(doc) };
  const titleInputs = {
    metaTitle: metaContent(doc, ['ArticleTitle', 'og:title', 'twitter:title', 'headline', 'dc.title']),
    docTitle: doc.title ?? '',
    headings: Array.from(doc.querySelectorAll('h1, h2'))
      .slice(0, 12)
      .map((h) => squash(h.textContent ?? '')),
    headlines: readHeadlines(doc),
    siteName: info.siteName,
    legalLine: readLegalTitleLine(doc),
  };
  // The text scan finds the 文号 and the signature below the title: the title the page prints, however <title> reads.
  const fullTexts = () => [...titleInputs.headlines, doc.body ? blockText(doc.body) : ''];
  const meta = readPolicyMeta(doc, chooseTitle({ ...titleInputs, readabilityTitle: '', fullTexts }));
  // A page that states no publish date in its metadata was still published when its info line says.
  const publishDate = meta.publishDate || info.publishedTime.slice(0, 10);
  const policy = { ...meta, publishDate, source: meta.source || info.source, author: meta.author || info.author };
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    /* CLI files without --url */
  }
  return {
    url,
    canonicalUrl: pickCanonicalUrl(url, doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
    hostname,
    description: metaContent(doc, ['description', 'og:description', 'twitter:description']),
    info,
    policy,
    titleInputs,
  };
}
