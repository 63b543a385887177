/**
 * CSL-JSON (CSL 1.0.2) for Zotero, Juris-M and pandoc, chosen so that the item reads right when citeproc-js renders
 * it with GB/T 7714-2015 and with APA 7 (tests/unit/export-csl.test.ts renders both):
 * - Chinese official documents (a 文号, or a law's title) are `bill`: the one legal type both styles print well.
 *   GB/T 7714 gives 档案 [A/OL] with "题名: 文号", as for `legislation`, but APA prints a legislation's number as a
 *   US public law ("Pub. L. No. 国令第707号"), while a bill reads "题名, 文号, 发文机关 (年)". Zotero imports it as a
 *   Bill (number, legislative body).
 * - Other official documents (an English Act) are `legislation` (Zotero: Statute).
 * - The issuer is the author (主要责任者), kept in `authority` too; official documents get no `container-title`
 *   (GB/T 7714 would add "//site" as if the document were part of a book).
 * - News sites give `article-newspaper` (the paper as container), the rest `webpage`; a site name that is only a
 *   host is left out, and a byline that holds no word (a CMS user id) is no author.
 */
import type { Clip } from '../model';
import { savedDate } from './common';
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
}

/**
 * Titles of laws and rules, possibly followed by a bracketed note or year and a site suffix: 法 (not 方法/看法…),
 * 条例, 规定, 办法, 细则, 决定, 规则, 准则; Act, Regulation(s), Rules, Order, Code, Directive, Ordinance, Statute.
 */
const LAW_TITLE =
  /((?<![方看做说想写用算手技办])法|法典|条例|规定|规则|办法|细则|决定|准则)\s*(（[^）]*）|\([^)]*\))?\s*($|[_|\-—–·])|\b(Acts?|Regulations?|Rules|Order|Code|Directive|Ordinance|Statute)\b/i;
const NEWS_SITE =
  /日报|晚报|早报|新闻|新华|人民网|央视|报社|时报|\bnews\b|times|post|guardian|reuters|herald|journal|tribune|gazette|\bbbc\b/i;
const HAN = /\p{Script=Han}/u;

/** Chinese by the clip's language, or by its title when the page declared none. */
const isChinese = (c: Clip): boolean => (c.lang ? /^zh/i.test(c.lang) : HAN.test(c.title));

export function cslType(c: Clip): CslItem['type'] {
  if (c.policy.docNumber || LAW_TITLE.test(c.title.trim())) return isChinese(c) ? 'bill' : 'legislation';
  return NEWS_SITE.test(c.siteName) ? 'article-newspaper' : 'webpage';
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
  if (official && issuer && isName(issuer)) item.author = [{ literal: issuer }];
  else {
    const names = bylineNames(c.byline.trim() || c.policy.author.trim());
    if (names.length) item.author = names;
  }
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
  return item;
}

/** An array of CSL items, one per clip; JSON.stringify it for a .json file Zotero can import. */
export function toCslJson(bundle: ExportBundle): CslItem[] {
  return bundle.clips.map(toCslItem);
}
