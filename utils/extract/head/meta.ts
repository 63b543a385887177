/** Page-level metadata from <meta> tags, JSON-LD and the page's own info line (来源/作者/时间). */
import { readAuthorBlock } from './author-block';
import { readInfoLine } from './info-line';
import { asByline } from './byline-text';
import { isSiteWord, printedAsEditor, printedVisibly } from './byline-roles';

export { asByline } from './byline-text';
import { toIsoDateTime } from './dates';
import { squash } from '../../dom/blocks';
import { readDateUnderHeadline } from './date-line-en';
import { readDateBadge } from './date-badge';
import { readLabelledPublished, readMicrodataPublished } from './date-label-en';
import { lastSegment } from './title';
import { readScriptedTime, readTimeUnderHeadline } from './date-line-zh';
import { readEpaperRecord } from './epaper-property';

const MARKUP = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;

/** Content of the first <meta> whose name/property/itemprop matches one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content');
    // a CMS that writes the headline's markup into the tag (标题<div>——副题</div>): its text, not its tags
    if (key && wanted.has(key) && content && content.trim()) return squash(content.replace(MARKUP, ''));
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
  /** a <meta name=author> the page never prints or prints as its editor or site: the CMS user who posted it, not a byline */
  unprintedAuthor: string;
  source: string;
  publishedTime: string;
  lang: string;
}

/** `byline` unless it only repeats the page's source or site (<meta name="author" content="证券时报网">). */
export function notSource(byline: string, sources: string[]): string {
  return byline && !sources.includes(byline) ? byline : '';
}

// Where CMSs print a bare publish time with no label: <span class="h-time">, <time>, .pubdate, #date …
const TIME_ELEMENT = 'time, [class*="time" i], [class*="date" i], [id*="time" i], [id*="date" i]';

const FILED_FROM = /\s*来自\s*[\u4e00-\u9fa5]{2,8}$/;

const FOOTER = 'nav, footer, [role="contentinfo"], [class*="footer" i], [class*="nav" i]';

/** The first short element styled as a time whose whole text is a date; outside menus and footers. */
function readTimeElement(doc: Document): string {
  for (const el of Array.from(doc.body?.querySelectorAll(TIME_ELEMENT) ?? []).slice(0, 30)) {
    // "Date modified" stamps at the foot of a page say nothing about publication.
    const what = ['class', 'id', 'property', 'itemprop'].map((a) => el.getAttribute(a) ?? '').join(' ');
    // (the page's contentinfo landmark is its footer; a <dt> may label the stamp: Date modified: 2015-06-04)
    const label = el.closest('dd')?.previousElementSibling?.textContent ?? '';
    if (/modif|updat/i.test(what + ' ' + label) || el.closest(FOOTER)) continue;
    // the time may carry where it was filed: 2019年02月20日 02:26:00 来自北京
    const t = squash(el.getAttribute('datetime') || el.textContent || '').replace(FILED_FROM, '');
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

function firstDate(...reads: (() => string)[]): string {
  for (const read of reads) {
    const date = toIsoDateTime(read());
    if (date) return date;
  }
  return '';
}

/** `date` unless it is the day the page says it was updated: a bare DC.date that a CMS stamps on every save. */
export function notUpdated(doc: Document, date: string): string {
  const updated = toIsoDateTime(metaContent(doc, ['og:updated_time', 'article:modified_time', 'dcterms.modified']));
  return updated && updated.slice(0, 10) === toIsoDateTime(date).slice(0, 10) ? '' : date;
}

// a portal's channel in its <title> suffix: 网易财经 is 网易's 财经 channel, 新浪科技 新浪's
const CHANNEL = /^(?:财经|新闻|科技|体育|娱乐|汽车|房产|教育|健康|军事|文化|时尚|旅游|读书|历史|女人|游戏|数码|手机|号|网|频道)$/;

/** The `<title>`'s site suffix is the meta author's name with a channel after it: the author is the portal. */
function isPortalName(author: string, suffix: string): boolean {
  return author.length >= 2 && suffix.startsWith(author) && CHANNEL.test(suffix.slice(author.length));
}

export function readPageInfo(doc: Document, host = ''): PageInfo {
  const ldArticle = articleLd(doc);
  const info = readInfoLine(doc);
  const lang =
    doc.documentElement?.getAttribute('lang') || metaContent(doc, ['content-language', 'language', 'og:locale', 'dc.language']) || '';
  const siteName = siteNameOf(doc, ldArticle);
  const source = metaContent(doc, ['ContentSource', 'source']) || info.source;
  const metaAuthor = asByline(metaContent(doc, ['author', 'article:author', 'byline', 'dc.creator']));
  const bodyText = doc.body?.textContent ?? '';
  // never printed where a reader sees it, printed only as the editor (责任编辑：孔德明), the site's own word (chinanews)
  // or the site's name the <title> ends with (…-中国科普网): not the author
  const notAuthor =
    !printedVisibly(doc.body, metaAuthor) ||
    printedAsEditor(bodyText, metaAuthor) ||
    isSiteWord(metaAuthor, host) ||
    metaAuthor === lastSegment(doc.title) ||
    isPortalName(metaAuthor, lastSegment(doc.title));
  const unprintedAuthor = metaAuthor && notAuthor ? metaAuthor : '';
  const named = (unprintedAuthor ? '' : metaAuthor) || asByline(ldString(ldArticle?.author));
  return {
    siteName,
    unprintedAuthor,
    author: notSource(named, [source, siteName]) || info.author || asByline(readAuthorBlock(doc)),
    source,
    // the first source that gives a date we can read: a CMS's own format (Thu, 09/25/2025 - 11:38) hides no other
    publishedTime: firstDate(
      () => metaContent(doc, ['article:published_time', 'PubDate', 'publishdate', 'pubdate', 'datePublished', 'firstpublishedtime']),
      () => notUpdated(doc, metaContent(doc, ['dc.date'])),
      () => ldString(ldArticle?.datePublished),
      () => readMicrodataPublished(doc),
      () => readEpaperRecord(doc)?.date ?? '',
      () => info.time,
      () => readTimeElement(doc),
      () => readDateUnderHeadline(doc),
      () => readLabelledPublished(doc),
      () => readTimeUnderHeadline(doc),
      () => readScriptedTime(doc),
      () => readDateBadge(doc),
    ),
    lang: lang.replace('_', '-'),
  };
}
