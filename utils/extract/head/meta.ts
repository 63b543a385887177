/** Page-level metadata from <meta> tags, JSON-LD and the page's own info line (来源/作者/时间). */
import { readAuthorBlock } from './author-block';
import { toIsoDateTime } from './dates';
import { squash } from '../../dom/blocks';
import { readDateUnderHeadline } from './date-line-en';

/** Content of the first <meta> whose name/property/itemprop matches one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && wanted.has(key) && content && content.trim()) return squash(content);
  }
  return '';
}

type Json = Record<string, unknown>;

/** JSON-LD objects on the page, flattened through @graph and arrays; malformed blocks are skipped. */
export function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in (v as Json)) visit((v as Json)['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken JSON-LD block is common and harmless */
    }
  }
  return out;
}

function ldString(v: unknown): string {
  if (typeof v === 'string') return squash(v);
  if (Array.isArray(v)) return v.map(ldString).filter(Boolean).join(', ');
  if (v && typeof v === 'object' && 'name' in v) return ldString((v as Json).name);
  return '';
}

export interface PageInfo {
  siteName: string;
  author: string;
  /** a <meta name=author> the page never prints: the CMS user who posted it (a 责任编辑), not a byline */
  unprintedAuthor: string;
  source: string;
  publishedTime: string;
  lang: string;
}

const INFO_LINE = /(来源|作者|发布时间|发布日期|时间|日期)\s*[:：]/;
const VALUE_END = '(?=[\\s　|｜]|$|(?:来源|作者|责任编辑|编辑|发布时间|发布日期|时间|日期|浏览)\\s*[:：])';
const BARE_TIME = /(?<![\d:])(\d{4}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?![\d:])/;

/** The short "来源：… 作者：… 2024-01-01 10:00" line Chinese CMSs print under the title. */
export function readInfoLine(doc: Document): { author: string; source: string; time: string } {
  const res = { author: '', source: '', time: '' };
  const body = doc.body;
  if (!body) return res;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < 20; n = walker.nextNode()) {
    if (!INFO_LINE.test(n.nodeValue ?? '')) continue;
    seen++;
    // The line is the nearest ancestor holding the whole "来源：… 作者：…" run, kept short.
    let t = '';
    for (let el = n.parentElement, up = 0; el && up < 3; el = el.parentElement, up++) {
      const s = squash(el.textContent ?? '');
      if (s.length > 160) break;
      t = s;
    }
    if (!t) continue;
    // Spans run together in textContent ("来源：证券时报网作者：李在山"): a value ends where the next label begins.
    res.author ||= new RegExp(`作者\\s*[:：]\\s*([^\\s　|｜]{1,30}?)${VALUE_END}`).exec(t)?.[1] ?? '';
    res.source ||= new RegExp(`来源\\s*[:：]\\s*([^\\s　|｜]{1,40}?)${VALUE_END}`).exec(t)?.[1] ?? '';
    // The time is labelled (时间：…) or printed bare beside the source: "2019-09-26 12:11 来源：证券时报网".
    const time = /(?:发布)?(?:时间|日期)\s*[:：]\s*([\d年月日\-/.: ]{8,30})/.exec(t) ?? BARE_TIME.exec(t);
    res.time ||= toIsoDateTime(time?.[1] ?? '');
    if (res.author && res.source && res.time) break;
  }
  return res;
}

/** A byline names someone: a CMS user id (<meta name="author" content="10086">) is not one. */
export function asByline(s: string | null | undefined): string {
  const t = squash(s ?? '');
  return /\p{L}/u.test(t) && !/^[a-z]*[\d_-]{3,}$/i.test(t) ? t : '';
}

/** `byline` unless it only repeats the page's source or site (<meta name="author" content="证券时报网">). */
export function notSource(byline: string, sources: string[]): string {
  return byline && !sources.includes(byline) ? byline : '';
}

// Where CMSs print a bare publish time with no label: <span class="h-time">, <time>, .pubdate, #date …
const TIME_ELEMENT = 'time, [class*="time" i], [class*="date" i], [id*="time" i], [id*="date" i]';

/** The first short element styled as a time whose whole text is a date; outside menus and footers. */
function readTimeElement(doc: Document): string {
  for (const el of Array.from(doc.body?.querySelectorAll(TIME_ELEMENT) ?? []).slice(0, 30)) {
    // "Date modified" stamps at the foot of a page say nothing about publication.
    const what = ['class', 'id', 'property', 'itemprop'].map((a) => el.getAttribute(a) ?? '').join(' ');
    if (/modif|updat/i.test(what) || el.closest('nav, footer, [class*="footer" i], [class*="nav" i]')) continue;
    const t = squash(el.getAttribute('datetime') || el.textContent || '');
    if (t.length <= 40 && /^[\d年月日\-/.: T]+$/.test(t)) {
      const time = toIsoDateTime(t);
      if (time) return time;
    }
  }
  return '';
}

const articleLd = (doc: Document): Json | undefined =>
  jsonLd(doc).find((o) => /Article|NewsArticle|Report|Legislation|WebPage/i.test(String(o['@type'] ?? '')));

const siteNameOf = (doc: Document, ldArticle: Json | undefined): string =>
  metaContent(doc, ['og:site_name', 'SiteName', 'application-name', 'twitter:site']) ||
  ldString((ldArticle?.publisher as Json | undefined)?.name);

/** The site's own name: a <meta>, else the JSON-LD publisher's. */
export const readSiteName = (doc: Document): string => siteNameOf(doc, articleLd(doc));

export function readPageInfo(doc: Document): PageInfo {
  const ldArticle = articleLd(doc);
  const info = readInfoLine(doc);
  const lang =
    doc.documentElement?.getAttribute('lang') || metaContent(doc, ['content-language', 'language', 'og:locale', 'dc.language']) || '';
  const siteName = siteNameOf(doc, ldArticle);
  const source = metaContent(doc, ['ContentSource', 'source']) || info.source;
  const metaAuthor = asByline(metaContent(doc, ['author', 'article:author', 'byline', 'dc.creator']));
  const fold = (t: string) => t.replace(/\s+/g, '').toLowerCase();
  const unprintedAuthor = metaAuthor && !fold(doc.body?.textContent ?? '').includes(fold(metaAuthor)) ? metaAuthor : '';
  const named = (unprintedAuthor ? '' : metaAuthor) || asByline(ldString(ldArticle?.author));
  return {
    siteName,
    unprintedAuthor,
    author: notSource(named, [source, siteName]) || info.author || readAuthorBlock(doc),
    source,
    publishedTime: toIsoDateTime(
      metaContent(doc, ['article:published_time', 'PubDate', 'publishdate', 'pubdate', 'datePublished', 'dc.date', 'firstpublishedtime']) ||
        ldString(ldArticle?.datePublished) ||
        info.time ||
        readTimeElement(doc) ||
        readDateUnderHeadline(doc),
    ),
    lang: lang.replace('_', '-'),
  };
}
