/**
 * CSL-JSON (CSL 1.0.2) for Zotero, Juris-M and pandoc. Laws and normative documents are "legislation" (Zotero
 * imports it as a Statute); CSL 1.0.2 also has "regulation", but plain Zotero has no such item type and would
 * import it as a generic Document, so it is not used. News sites give "article-newspaper", the rest "webpage".
 */
import type { Clip } from '../model';
import { savedDate } from './common';
import type { ExportBundle } from './types';

export type CslDate = { 'date-parts': [[number, number?, number?]] };

export interface CslItem {
  id: string;
  type: 'legislation' | 'article-newspaper' | 'webpage';
  title: string;
  URL?: string;
  accessed?: CslDate;
  issued?: CslDate;
  authority?: string;
  number?: string;
  'container-title'?: string;
  author?: { literal: string }[];
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

export function cslType(c: Clip): CslItem['type'] {
  if (c.policy.docNumber || LAW_TITLE.test(c.title.trim())) return 'legislation';
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
  const item: CslItem = { id: c.id, type: cslType(c), title: c.title.trim() };
  if (c.url) item.URL = c.url;
  item.accessed = cslDate(savedDate(c));
  const issued = cslDate(c.policy.publishDate) ?? cslDate(c.publishedTime) ?? cslDate(c.policy.writtenDate);
  if (issued) item.issued = issued;
  if (c.policy.issuer) item.authority = c.policy.issuer;
  if (c.policy.docNumber) item.number = c.policy.docNumber;
  if (c.siteName) item['container-title'] = c.siteName;
  // bylines are free text ("记者 张三", "By the Editorial Board"): a literal name never splits them wrongly
  const byline = c.byline.trim() || c.policy.author.trim();
  if (byline) item.author = [{ literal: byline }];
  if (c.lang) item.language = c.lang;
  if (!item.accessed) delete item.accessed;
  return item;
}

/** An array of CSL items, one per clip; JSON.stringify it for a .json file Zotero can import. */
export function toCslJson(bundle: ExportBundle): CslItem[] {
  return bundle.clips.map(toCslItem);
}
