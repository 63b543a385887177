/** What the pipeline reads from the page before Readability mutates it: address, metadata and title candidates. */
import type { PolicyMeta } from '../../types';
import { pickCanonicalUrl } from '../../url';
import { metaContent, readPageInfo } from './meta';
import { readPolicyMeta } from './policy';
import { squash } from '../../dom/blocks';
import type { TitleInputs } from './title';
import { readLegalTitleLine } from './title-legal-en';
import { readBillSponsor } from './policy-bill';

// Where a page's visible headline sits, most prominent first; menus, headers and footers hold none.
const HEADLINE = ['h1', '[class*="title" i]:not(head *), [id*="title" i]', 'h2', 'h3'];
const CHROME = 'nav, footer, a, [class*="nav" i], [class*="menu" i]';

/** Texts of the page's headline candidates (no links inside, not in chrome), most prominent first. */
function readHeadlines(doc: Document): string[] {
  const out: string[] = [];
  for (const sel of HEADLINE) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 20)) {
      if (el.closest(CHROME) || el.querySelector('a, img, table, ul, ol, p + p')) continue;
      const text = squash(el.textContent ?? '');
      if (text && !out.includes(text)) out.push(text);
    }
  }
  const centred = centredTitle(doc);
  if (centred && !out.includes(centred)) out.splice(out.length - lower(doc, out), 0, centred);
  return out.slice(0, 20);
}

const CENTRED = 'p[align="center" i], div[align="center" i], p[style*="center" i], div[style*="center" i]';

/** The first centred line of the body, joined with the next when the title is set over two lines. */
function centredTitle(doc: Document): string {
  const first = Array.from(doc.querySelectorAll(CENTRED)).find((e) => !e.closest(CHROME) && !e.querySelector('a, img, table, p, div'));
  if (!first) return '';
  const next = first.nextElementSibling;
  const line = (e: Element | null) => squash(e?.textContent ?? '');
  const two = next?.matches(CENTRED) && !next.querySelector('a, img, table') && line(next).length <= 40 ? line(next) : '';
  return line(first).length <= 60 ? line(first) + two : '';
}

/** How many of the candidates come from h2/h3 (the centred line ranks above them). */
function lower(doc: Document, out: string[]): number {
  const minor = new Set(Array.from(doc.querySelectorAll('h2, h3'), (e) => squash(e.textContent ?? '')));
  let n = 0;
  for (let i = out.length - 1; i >= 0 && minor.has(out[i]!); i--) n++;
  return n;
}

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
  const meta = readPolicyMeta(doc);
  // A page that states no publish date in its metadata was still published when its info line says.
  const publishDate = meta.publishDate || info.publishedTime.slice(0, 10);
  const policy = { ...meta, publishDate, source: meta.source || info.source, author: meta.author || info.author };
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
      metaTitle: metaContent(doc, ['ArticleTitle', 'og:title', 'twitter:title', 'headline', 'dc.title']),
      docTitle: doc.title ?? '',
      headings,
      headlines: readHeadlines(doc),
      siteName: info.siteName,
      legalLine: readLegalTitleLine(doc),
    },
  };
}
