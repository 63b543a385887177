/**
 * CSL-JSON (CSL 1.0.2) for Zotero, Juris-M and pandoc, chosen so that the item reads right when citeproc-js renders
 * it with GB/T 7714-2015 and with APA 7 (tests/unit/export-csl.test.ts renders both):
 * - Chinese official documents (a law's title, a 文号, or an issuer and a document's title such as 关于…的通知) are `bill`: the one legal type both styles print well.
 *   GB/T 7714 gives 档案 [A/OL] with "题名: 文号", as for `legislation`, but APA prints a legislation's number as a
 *   US public law ("Pub. L. No. 国令第707号"), while a bill reads "题名, 文号, 发文机关 (年)". Zotero imports it as a
 *   Bill (number, legislative body).
 * - Other official documents (an English Act) are `legislation` (Zotero: Statute).
 * - The issuer is the author (主要责任者), kept in `authority` too; official documents get no `container-title`
 *   (GB/T 7714 would add "//site" as if the document were part of a book).
 * - News sites give `article-newspaper` (the paper as container), the rest `webpage`; a site name that is only a
 *   host is left out, and a byline that holds no word (a CMS user id) is no author.
 * - A PDF or Word clip names its format in `note` (Zotero: Extra) and a PDF its `number-of-pages`, not in `medium`:
 *   GB/T 7714 prints `medium` as the carrier code ([A/PDF] for [A/OL]) and APA adds "[PDF]" to a web page.
 */
import type { Clip } from '../model';
import { mediumOf, savedDate } from './common';
import { bylineNames, isHostName, isName, type CslName } from './csl-names';
import type { ExportBundle } from './types';

export type CslDate = { 'date-parts': [[number, number?, number?]] };

export interface CslItem {
  id: string;
  type: 'bill' | 'legislation' | 'article-newspaper' | 'webpage';
  title: string;
  URL?: string;
  accessed?: CslDate;
  issued?: CslDate;
  authority?: string;
  number?: string;
  'container-title'?: string;
  author?: CslName[];
  language?: string;
  note?: string;
  'number-of-pages'?: string;
}

/**
 * Titles of laws and rules, possibly followed by a bracketed note or year and a site suffix: 法 (not 方法/看法…),
 * 条例, 规定, 办法, 细则, 决定, 规则, 准则. English names end in a capitalised Act, Regulations, Rules, Order, Code,
 * Directive, Ordinance or Statute (and a year, a bracket, or a ": part" after it), or open with "Regulation (EU)":
 * "Council approves new data protection rules" is news.
 */
const LAW_TITLE = /((?<![方看做说想写用算手技办])法|法典|条例|规定|规则|办法|细则|决定|准则)\s*(（[^）]*）|\([^)]*\))?\s*($|[_|\-—–·])/;
const ACT_TITLE =
  /(^|\s)(Acts?|Regulations?|Rules|Order|Code|Directive|Ordinance|Statute)( \d{4})?\s*(\([^)]*\)|[:|–—-][\s\S]*)?$|^(Regulation|Directive|Decision) \((EU|EC|EEC)\)/;
const NEWS_SITE =
  /日报|晚报|早报|新闻|新华|人民网|央视|报社|时报|\bnews\b|times|post|guardian|reuters|herald|journal|tribune|gazette|\bbbc\b/i;
const HAN = /\p{Script=Han}/u;

/** Chinese by the clip's language, or by its title when the page declared none. */
const isChinese = (c: Clip): boolean => (c.lang ? /^zh/i.test(c.lang) : HAN.test(c.title));

/** The kinds of official document Chinese titles name: 关于…的通知, …意见, …公告, …批复 (with an issuer, they are one). */
const DOC_TITLE = /(通知|意见|公告|通告|批复|决议|命令|函|纲要|方案|规划)\s*(（[^）]*）)?\s*($|[_|\-—–·])/;

export type ClipKind = 'law' | 'document' | 'news' | 'webpage';

/**
 * What a clip is: a law (by its title), an official document (a 文号, or an issuer and a document's title), news
 * (a news site) or another web page. A byline is a reporter's: a page about a law is not the law.
 */
export function clipKind(c: Clip): ClipKind {
  const title = c.title.trim();
  const reported = isName(c.byline);
  if (!reported && (LAW_TITLE.test(title) || ACT_TITLE.test(title))) return 'law';
  if (c.policy.docNumber || (!reported && c.policy.issuer.trim() && DOC_TITLE.test(title))) return 'document';
  return NEWS_SITE.test(c.siteName) ? 'news' : 'webpage';
}

export function cslType(c: Clip): CslItem['type'] {
  const kind = clipKind(c);
  if (kind === 'law' || kind === 'document') return isChinese(c) ? 'bill' : 'legislation';
  return kind === 'news' ? 'article-newspaper' : 'webpage';
}

/** "2023-05-06", "2023-05", "2023" or an ISO datetime → date-parts; undefined when there is no usable date. */
export function cslDate(iso: string): CslDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  const parts = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined].filter((n) => n !== undefined);
  return { 'date-parts': [parts as [number, number?, number?]] };
}

export function toCslItem(c: Clip): CslItem {
  const type = cslType(c);
  const official = type === 'bill' || type === 'legislation';
  const item: CslItem = { id: c.id, type, title: c.title.trim() };
  const issuer = c.policy.issuer.trim();
  // the issuer is an official document's 主要责任者, and a page's group author when no one signed it
  const names = official ? [] : bylineNames(c.byline.trim() || c.policy.author.trim());
  if (names.length) item.author = names;
  else if (issuer && isName(issuer)) item.author = [{ literal: issuer }];
  if (c.url) item.URL = c.url;
  const accessed = cslDate(savedDate(c));
  if (accessed) item.accessed = accessed;
  const issued = cslDate(c.policy.publishDate) ?? cslDate(c.publishedTime) ?? cslDate(c.policy.writtenDate);
  if (issued) item.issued = issued;
  if (issuer) item.authority = issuer;
  if (c.policy.docNumber) item.number = c.policy.docNumber.trim();
  const site = c.siteName.trim();
  if (!official && site && !isHostName(site)) item['container-title'] = site;
  if (c.lang) item.language = c.lang;
  const medium = mediumOf(c);
  if (medium) item.note = medium;
  if (c.source === 'pdf' && c.pageCount) item['number-of-pages'] = String(c.pageCount);
  return item;
}

/** An array of CSL items, one per clip; JSON.stringify it for a .json file Zotero can import. */
export function toCslJson(bundle: ExportBundle): CslItem[] {
  return bundle.clips.map(toCslItem);
}
