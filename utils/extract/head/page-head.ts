/** What the pipeline reads from the page before Readability mutates it: address, metadata and title candidates. */
import type { PolicyMeta } from '../../types';
import { pickCanonicalUrl } from '../../url';
import { metaContent, readPageInfo } from './meta';
import { readPolicyMeta } from './policy';
import { squash } from '../../dom/blocks';

export interface Head {
  url: string;
  canonicalUrl: string;
  hostname: string;
  description: string;
  info: ReturnType<typeof readPageInfo>;
  policy: PolicyMeta;
  titleInputs: { metaTitle: string; docTitle: string; headings: string[]; siteName: string };
}

/** Everything read from the page before Readability mutates it. */
export function readHead(doc: Document, url: string): Head {
  const info = readPageInfo(doc);
  const meta = readPolicyMeta(doc);
  const policy = { ...meta, source: meta.source || info.source, author: meta.author || info.author };
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    /* CLI files without --url */
  }
  const headings = Array.from(doc.querySelectorAll('h1, h2'))
    .slice(0, 12)
    .map((h) => squash(h.textContent ?? ''));
  return {
    url,
    canonicalUrl: pickCanonicalUrl(url, doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
    hostname,
    description: metaContent(doc, ['description', 'og:description', 'twitter:description']),
    info,
    policy,
    titleInputs: {
      metaTitle: metaContent(doc, ['ArticleTitle', 'og:title', 'twitter:title', 'headline']),
      docTitle: doc.title ?? '',
      headings,
      siteName: info.siteName,
    },
  };
}
