/** Tests on a single line: is it title-like, a document name, the document's own title, a run-in lead? */

const DOC_KIND =
  /(办法|规定|意见|方案|规则|条例|细则|通知|决定|纲要|规划|计划|标准|清单|指引|指南|要点|章程|制度|措施|决议|报告|公告|通告|批复|导则|守则|准则|公约|协定|目录|名录|预案|规程|大纲|名单|任务分工|分工方案|实施方案|法)$/;
// a status or a period after the name: （试行）, （2023年修订）, （2025—2027年）
const TRIAL = /[（(](试行|暂行|修订|修订稿|征求意见稿|\d{4}[^（(）)]{0,8}年[^（(）)]*)[）)]$/;

export const nospace = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
const squashed = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

const QUOTED_WORD = /^[“‘][^“”‘’]{1,10}[”’][^“”‘’]/;
// 半月谈记者 史卫燕, 记者 张三 李四: the reporters' credit line, set in bold like a head
const REPORTERS = /^[\u4e00-\u9fa5·]{0,16}?(?:记者|通讯员|实习生)(?: [\u4e00-\u9fa5·]{2,4})+$/;

/** Short, no sentence punctuation, not a date, a document number or a parenthetical note. */
export function isTitleLike(text: string, max = 50): boolean {
  const t = nospace(text);
  if (t.length < 2 || t.length > max) return false;
  // a lead-in may end its colon with a dash (… on Council land:—)
  if (/[。！？；]/.test(t) || /[，、：:,;][—–-]*$/.test(t)) return false;
  // a quotation or a note; but a quoted word the line goes on from (“数字”赋能农业) opens a title
  if (/^[（(【\[<《“"'‘]/.test(t) && !/^《.*》/.test(t) && !QUOTED_WORD.test(t)) return false;
  if (REPORTERS.test(squashed(text))) return false;
  if (/〔\d{4}〕|\[\d{4}\]|【\d{4}】|第\d+号$|^\d+$/.test(t)) return false;
  // a date, or a cover's month under the title it dates (2021年2月)
  if (/^(\d{4}|[〇○零一二三四五六七八九]{4})年(.{1,6}日|[\d一二三四五六七八九十]{1,3}月)$/.test(t)) return false;
  if (/^(目录|目次)[:：]?$/.test(t)) return false;
  if (/^(图|表|附图|附表|Figure|Table)\d+/i.test(t)) return false; // captions of figures and tables
  if (/令$/.test(t)) return false; // masthead of an order (中华人民共和国国务院令), not a section
  if (/[）)]$/.test(t) && !/[（(]/.test(t)) return false; // the end of a parenthetical note set over two lines
  return /[\p{L}]/u.test(t);
}

/** The name of a document (…办法, …规定, …意见（试行）): what an enclosed document's title looks like. */
export function isDocumentName(text: string): boolean {
  const t = nospace(text).replace(TRIAL, '');
  return t.length >= 4 && DOC_KIND.test(t);
}

/** The kind of document a name ends in (…工作报告 → 报告), '' when none. */
export function documentKind(text: string): string {
  return DOC_KIND.exec(nospace(text).replace(TRIAL, ''))?.[1] ?? '';
}

/** The line repeats the document's own title (or a line of it, when the title is set over two lines). */
const QUOTES = /[《》〈〉“”"'‘’「」『』]/g;

export function isOwnTitle(text: string, docTitle: string): boolean {
  // an English title set in capitals (ELECTRICAL SAFETY) is the same title
  const t = nospace(text).replace(QUOTES, '').toLowerCase();
  const d = nospace(docTitle).replace(QUOTES, '').toLowerCase();
  // A title set over two lines repeats as its first and last pieces; a shorter name inside the title
  // (国务院关于印发<国务院工作规则>的通知) is the enclosed document, not the title.
  return !!d && t.length >= 4 && (t === d || ((d.startsWith(t) || d.endsWith(t)) && t.length >= 6));
}

/** The line is the title, or the part the title opens with (its first line of several). */
export function opensTitle(text: string, docTitle: string): boolean {
  const t = nospace(text).replace(QUOTES, '').toLowerCase();
  const d = nospace(docTitle).replace(QUOTES, '').toLowerCase();
  return !!d && !!t && d.startsWith(t);
}

export function isTocMarker(text: string): boolean {
  return /^(目录|目次|contents|tableofcontents)[:：]?$/i.test(nospace(text));
}

/** The lead sentence of a paragraph, up to its first 。：； — or null when the paragraph is one sentence. */
export function leadSentence(text: string, max = 30): string | null {
  const m = /^(.{2,}?)[。：；!?！？]/.exec(text);
  if (!m || m[1]!.length > max) return null;
  const after = text.slice(m[0].length).trim();
  return after.length >= 6 ? m[1]!.trim() : null;
}

/** Longest common prefix of a few strings. */
export function commonPrefix(xs: string[]): string {
  if (!xs.length) return '';
  let p = xs[0]!;
  for (const x of xs.slice(1)) while (p && !x.startsWith(p)) p = p.slice(0, -1);
  return p;
}
