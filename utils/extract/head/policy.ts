/**
 * Metadata of a Chinese government policy document (发文机关, 发文字号, 索引号, 主题分类, dates, 来源, 作者).
 * Read from the untouched document — before Readability, which mutates it and drops the metadata table.
 * Sources in order of trust: labelled metadata on the page, <meta> tags, JSON-LD, the document's own text.
 * A field nobody states stays '': a wrong 文号 is worse than none.
 */
import { emptyPolicy, type PolicyMeta } from '../../types';
import { asByline, jsonLd, metaContent, notUpdated } from './meta';
import { readLabelledFields } from './policy-table';
import { readEuFields } from './policy-eu';
import { readBillFields } from './policy-bill';
import { readBillHistory } from './policy-bill-history';
import { readTextFields } from './policy-text';
import { cleanPolicyValue, isDocNumber, type PolicyField } from './policy-values';
import { blockText, squash } from '../../dom/blocks';
import { splitDocNumber } from './title-labels';
import { stripSiteSuffix } from './title';
import { titleIssuers } from './title-issuers';
import { attachmentDocNumber } from './policy-attachment';
import { isShortForm, joinedIssuers } from './policy-issuer';
import { readEnglishSigner } from './policy-signer-en';
import { readSignedByAuthority } from './policy-signed-by-en';
import { readGivenClause } from './policy-given-en';
import { readActHeader } from './policy-act-header-en';
import { chapterDesignation, titleKindNumber, titleYearNumber } from './policy-number-en';
import { readEnactedLaw } from './policy-enacted-en';
import { readPrintedAct } from './act-print-en';
import { readGazetteLine } from './policy-gazette-en';
import { readOrdinance } from './policy-ordinance-en';
import { readMakingBody } from './policy-instrument-en';
import { readMadeBy } from './policy-made-by-en';
import { withSitePlace } from './policy-site-place';

export { isPolicyMetaTable } from './policy-table';

type Fields = Partial<Record<PolicyField, string>>;
type Json = Record<string, unknown>;

/** Standard tags of Chinese government CMSs (PubDate, ContentSource …). Keywords are tags, not a 主题分类. */
function readMetaTags(doc: Document): Fields {
  return {
    publishDate:
      metaContent(doc, ['PubDate', 'firstpublishedtime', 'publishdate', 'article:published_time']) ||
      notUpdated(doc, metaContent(doc, ['dc.date'])),
    source: metaContent(doc, ['ContentSource', 'source']),
    author: asByline(metaContent(doc, ['author', 'article:author', 'dc.creator'])),
  };
}

function ldText(v: unknown): string {
  if (typeof v === 'string') return squash(v);
  if (Array.isArray(v)) return v.map(ldText).filter(Boolean).join('、');
  if (v && typeof v === 'object' && 'name' in v) return ldText((v as Json).name);
  return '';
}

/** schema.org Legislation carries issuer, 文号 and date of writing; any article type carries the publish date. */
function readJsonLd(doc: Document): Fields {
  const items = jsonLd(doc);
  const law = items.find((o) => /Legislation/i.test(String(o['@type'] ?? '')));
  const article = law ?? items.find((o) => /Article|Report|WebPage/i.test(String(o['@type'] ?? '')));
  const id = ldText(law?.legislationIdentifier);
  return {
    issuer: ldText(law?.legislationPassedBy) || ldText(law?.author),
    docNumber: isDocNumber(cleanPolicyValue('docNumber', id)) ? id : '',
    writtenDate: ldText(law?.legislationDate) || ldText(law?.dateCreated),
    publishDate: ldText(article?.datePublished),
    author: law ? '' : ldText(article?.author),
  };
}

function pageTitle(doc: Document): string {
  return metaContent(doc, ['ArticleTitle', 'og:title']) || squash(doc.querySelector('h1')?.textContent ?? '') || squash(doc.title ?? '');
}

/**
 * The issuers a notice's title names before 关于 are all of them, and a signature may be cut or spread over lines;
 * but a signature printing as many organs gives their full names (华北能源监管局 is signed 国家能源局华北监管局).
 */
function signedOrNamed(signed: string, title: string): string {
  const named = titleIssuers(title);
  return signed && signed.split('、').length >= named.length ? signed : named.join('、');
}

// 中华人民共和国反不正当竞争法, 某某省某某条例（2020年修正）: enacted by a legislature, never by a bureau posting it.
const isLawTitle = (t: string) => !/关于/.test(t) && /(?:法|条例)(?:[(（][^)）]*[)）])?$/.test(t.replace(/\s+/g, ''));

/** `title`: the document's title as chosen from all the page's candidates, when known (else the first one found). */
export function readPolicyMeta(doc: Document, title = ''): PolicyMeta {
  const out = emptyPolicy();
  const keys = Object.keys(out) as PolicyField[];
  const fill = (fields: Fields) => {
    for (const k of keys) if (!out[k] && fields[k]) out[k] = cleanPolicyValue(k, fields[k]!);
  };
  // the body's printed lines, walked once for the English readers below that need them (a big law's body is long)
  let walked: string[] | undefined;
  const bodyLines = () => (walked ??= doc.body ? blockText(doc.body).split('\n').map(squash).filter(Boolean) : []);
  const labelled = readLabelledFields(doc);
  fill(labelled);
  // A listing's 生成日期 is the date it shows for the page; <meta PubDate> there is when the page was regenerated.
  fill({ publishDate: labelled.generated });
  fill(readMetaTags(doc));
  fill(readJsonLd(doc));
  // EU acts print issuer, number and dates in their title line and Journal header.
  if (doc.body && /\((?:EC|EU|EEC|Euratom)\)|\d\/(?:EC|EEC|EU|Euratom|CFSP|JHA)\b/.test(doc.body.textContent ?? '')) {
    fill({ ...readEuFields(bodyLines()) });
  }
  // Bills print their number and the day they were introduced in their header lines.
  if (doc.body && (!out.docNumber || !out.publishDate)) {
    const lines = bodyLines();
    const { docNumber, publishDate } = readBillFields(lines);
    fill({ docNumber: docNumber || chapterDesignation(lines), publishDate });
    fill(readBillHistory(lines));
    // a law's header printing the gazette it was published in, and its notice number above that line
    fill(readGazetteLine(lines));
  }
  // An enacted Act's header: its number, date of assent and, with the assent, the Parliament its enacting words name.
  if (doc.body && (!out.docNumber || !out.writtenDate) && /\bAct\b/.test(title || pageTitle(doc))) {
    fill(readActHeader(bodyLines()));
  }
  // An enacted law's number opening its title (D.C. Law 1-24. …) and the body its enacting clause names.
  if (doc.body && (!out.docNumber || !out.issuer)) fill(readEnactedLaw(title, bodyLines));
  // An Act as printed: the number in its running header, the legislature its enacting words name.
  if (doc.body && (!out.docNumber || !out.issuer) && !/[\u3400-\u9fff]/.test(title || pageTitle(doc))) fill(readPrintedAct(bodyLines()));
  // The text scan walks the whole body: only when one of the fields it can supply is still missing, or when the
  // issuer read may be a short form of the organ the document prints (市政府 for 某某市人民政府).
  const named = titleIssuers(title).join('、');
  const short = !!out.issuer && out.issuer.length <= 6 && !named;
  const text = !out.docNumber || !out.issuer || !out.writtenDate || short ? readTextFields(doc, title || pageTitle(doc)) : null;
  const printed = named || text?.issuer || '';
  if (isShortForm(out.issuer, printed)) out.issuer = printed;
  fill({ issuer: signedOrNamed(text?.issuer ?? '', title) });
  fill({ ...text });
  // A listing's 发布机构 posted the page: the issuer only of a document that names none and is not a law.
  if (!isLawTitle(title || pageTitle(doc))) fill({ issuer: labelled.publisher });
  // A title's 市工业和信息化局 is the 发布机构's 天津市工业和信息化局 without its place: the full name is the issuer.
  const full = labelled.publisher ?? '';
  if (/^[省市区县]/.test(out.issuer) && full.length > out.issuer.length && full.endsWith(out.issuer)) out.issuer = full;
  // …and one the site's own portal names without its place (省粮食和物资储备局 on 江西省人民政府's site)
  out.issuer = withSitePlace(out.issuer, metaContent(doc, ['SiteName']));
  // An English order or memorandum is issued by the person who signs it (JOSEPH R. BIDEN JR.).
  if (!out.issuer && doc.body && !/[\u3400-\u9fff]/.test(title || pageTitle(doc))) {
    const lines = bodyLines();
    // an ordinance: the council its ordaining clause names, once its adoption line gives the day it was adopted
    fill(readOrdinance(lines.slice(0, 600)));
    // a proclamation: the office heading it, and the date its closing formula writes out in words
    const given = readGivenClause(lines);
    // a statutory instrument: the office it is signed by authority of, and the date it was made
    const signed = given.issuer ? null : readSignedByAuthority(lines);
    // an instrument a minister makes in the first person (I, …, Minister for …, make the following …)
    const made = given.issuer || signed?.issuer ? null : readMadeBy(lines);
    fill({
      // an instrument made by a statutory body: the body its making clause names, before whoever signs for it
      issuer: given.issuer || signed?.issuer || made?.issuer || readMakingBody(lines) || readEnglishSigner(lines),
      writtenDate: given.writtenDate || signed?.writtenDate || made?.writtenDate || '',
    });
  }
  // a list's organs set apart with spaces are the issuers, listed with 、
  out.issuer = joinedIssuers(out.issuer);
  // Last: a 文号 printed in brackets at the end of the title (…的通知（某发〔2020〕8号）), which the title drops.
  // (also before the site's name: `… Act, 2004, S.O. 2004, c. 3, Sched. A | ontario.ca`)
  const titles = [pageTitle(doc), squash(doc.title ?? ''), stripSiteSuffix(doc.title ?? '')];
  fill({ docNumber: titles.map((t) => splitDocNumber(t).docNumber).find(Boolean) ?? '' });
  // an English title that is only a kind and a number (Official Opinion 2017-3), or ends in its number in the year
  fill({ docNumber: titleKindNumber(title) || titleYearNumber(title) });
  // Least sure of all: the number printed only in the attached file's name.
  if (!out.docNumber) fill({ docNumber: attachmentDocNumber(doc) });
  return out;
}
