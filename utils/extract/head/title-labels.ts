/**
 * Strings that name a site, a channel or a file rather than a document — what `<title>` and `<h1>` often hold on
 * pages nobody tuned on (issue 15) — and the 文号 a Chinese title sometimes carries in brackets at its end.
 */
import { squash } from '../../dom/blocks';
import { isDocNumber, normaliseDocNumber } from './policy-values';
import { organs } from './policy-text';
import { documentKind, nospace } from '../../outline/heads';

export const SITEISH =
  /(网|网站|频道|门户|首页|官网|客户端|政府|日报|晚报|新闻|时政|要闻|专栏|公开|报$|台$|\.com|\.cn|\.gov|news|times|post|daily|online)/i;

// 某某网>栏目名, Home > Laws: a breadcrumb names where the page sits, not what it is.
const CRUMB = /\s*(?:>|＞|›|→|&gt;)\s*/;
// Greetings and prompts shown instead of a title (谢谢您访问…, 欢迎光临…).
const GREETING = /^(?:谢谢|感谢|欢迎)您?(?:访问|光临|使用|来到)|^welcome to\b/i;
// An identifier or file name as the whole title: a CELEX number (32016R0679), 2013176EN.01000101.xml, a host name.
const IDENT =
  /^(?:\d{5}[A-Z]{1,2}\d{2,4}(?:\(\d+\))?|[\w.-]+\.(?:xml|html?|pdf|docx?|aspx?|jsp|php|txt)|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

// A notice the site's owner issued names it and goes on (国家能源局华中监管局 江西省能源局关于印发…的通知):
// eight Chinese characters beside the site's name are more than a channel's name.
const namesMore = (seg: string, siteName: string) => (seg.replace(siteName, '').match(/[\u4e00-\u9fa5]/g)?.length ?? 0) >= 8;

/** A site or channel name: the site's own name, or a short string built like one. */
export function looksLikeSite(seg: string, siteName: string): boolean {
  if (!seg) return true;
  // a segment holding the site's name is the site's (某某市人民政府办公厅), not a title that names more than the site
  // (8+ further Chinese characters) or runs long beyond it
  if (
    siteName &&
    (seg === siteName ||
      siteName.includes(seg) ||
      (seg.includes(siteName) && !namesMore(seg, siteName) && seg.length <= siteName.length + 16))
  )
    return true;
  return seg.length <= 14 && SITEISH.test(seg) && !namesDocument(seg);
}

// A short name ending in a kind of document after four or more characters (某市政府工作报告) names a document, though it
// holds a site-like word; a channel's name (通知公告, 政策文件) has no more than a word before its kind.
const namesDocument = (seg: string) => {
  const kind = documentKind(seg);
  return !!kind && nospace(seg).replace(/[（(][^（）()]*[）)]$/, '').length - kind.length >= 4;
};

/** The whole string labels the page (breadcrumb, greeting, identifier, site name), so it cannot be the title. */
export function isPageLabel(raw: string, siteName: string): boolean {
  const t = squash(raw);
  if (t.length < 2 || GREETING.test(t) || IDENT.test(t) || looksLikeSite(t, siteName)) return true;
  // An organ's name alone (广州某某交易中心 as the whole <title>) names the site's owner, not a document.
  if (organs(t)) return true;
  // a 文号 line (华中监能市场〔2020〕187号) sits under the title; it never is one
  if (isDocNumber(normaliseDocNumber(t))) return true;
  const crumbs = t.split(CRUMB).filter(Boolean);
  return crumbs.length >= 2 && crumbs.every((c) => c.length <= 12);
}

const DOC_NUMBER_SUFFIX = /\s*[(（]([^()（）]{4,40})[)）]\s*$/;
// A statute's citation after its short title (`… Act, 2004, S.O. 2004, c. 3, Sched. A`, `R.S.C., 1985, c. C-46`):
// the session-law number, printed beside the name as a 文号 is.
const CITATION_SUFFIX = /,\s*((?:R\.)?S\.[A-Z]{1,3}\.,?\s+\d{4},\s*c\.\s*[A-Z0-9][\w.-]*(?:,\s*Sch(?:ed)?\.\s*\w+)?)\s*$/;

/**
 * `…的通知（某发〔2020〕8号）` → the title without the bracketed 文号, and the 文号 ('' when there is none); the same for
 * an Act's citation after its name.
 */
// an order's name and number before the document it promulgates, as 国务院公报 titles print them:
// 国家质量监督检验检疫总局令（第156号）　　中华人民共和国工业产品生产许可证管理条例实施办法
const ORDER_PREFIX = /^(.{2,400}?令)[\s\u3000]*[（(][\s\u3000]*(第[\s\u3000]*\d{1,5}[\s\u3000]*号)[\s\u3000]*[）)][\s\u3000]*(?=\S{4})/;

export function splitDocNumber(title: string): { title: string; docNumber: string } {
  const order = ORDER_PREFIX.exec(title);
  if (order) return { title: title.slice(order[0].length), docNumber: (order[1]! + order[2]!).replace(/[\s\u3000]+/g, '') };
  const cite = CITATION_SUFFIX.exec(title);
  if (cite && cite.index >= 8) return { title: title.slice(0, cite.index), docNumber: cite[1]! };
  const m = DOC_NUMBER_SUFFIX.exec(title);
  const n = m ? normaliseDocNumber(m[1]!) : '';
  return m && isDocNumber(n) && m.index >= 4 ? { title: title.slice(0, m.index), docNumber: n } : { title, docNumber: '' };
}
