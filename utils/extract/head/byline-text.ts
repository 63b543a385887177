/**
 * Bylines a Chinese news page prints only in its text: the reporter of a dateline (人民网合肥11月8日电（记者钱伟）,
 * 新华社记者 张三 李四), a statement's speaker (新闻发言人 张三), a 文/撰文 line, the credit closing the text
 * ((文/图 刘玺东 易赛楠), (作者：张三，某大学教授)) or an 作者： line of its own. All the names, space-joined as printed,
 * without role words or affiliations. Read only when no author is labelled on the page.
 */
import { squash } from '../../dom/blocks';
import { speechNote } from './speech-note';
import { dropRoles } from './byline-roles';
import { bareCredit, creditName, onlyNames } from './byline-credit';

// A label with no value after it (转载请注明：), a reprint note, a source, an editor or a CMS account (系统管理员) is
// nobody's byline.
const NOT_A_NAME = /[:：]$|转载|版权|^(?:系统)?管理员$|^admin(?:istrator)?$|^(?:来源|出处|责任编辑|编辑)|(?:来源|责任编辑)\s*[:：]/;

// A date line (`November 05, 2024 14:44 Updated`, `2024-11-05`) dates the page; it names nobody.
const DATE_LINE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;
// An English body's name (Canadian Intellectual Property Office, Center for Drug Evaluation and Research): the office
// that publishes the page, which CMSs put in the author tags; a byline names people.
const ORGANISATION =
  /\b(?:Office|Center|Centre|Department|Agency|Administration|Ministry|Institute|Commission|Authority|Council|Service|Bureau|Board|Committee|Government|Court|Tribunal|Corporation|Foundation|Association|Organi[sz]ation|Senate|Parliament|Assembly|Legislature|Congress|Secretariat)(?:\s+(?:of|for|on)\s+[^,]+)?$/;

/** A byline names someone: a CMS user id (<meta name="author" content="10086">), a date or an office is not one. */
export function asByline(s: string | null | undefined): string {
  const t = dropRoles(squash(s ?? '')).replace(CREDIT_LABEL, '');
  const named = /\p{L}/u.test(t) && !/^[a-z]*[\d_-]{3,}$/i.test(t) && !NOT_A_NAME.test(t);
  return named && !DATE_LINE.test(t) && !ORGANISATION.test(t) ? t : '';
}

// "Written by: Jane Roe", "Author: …": the label a page prints before the name is no part of it
const CREDIT_LABEL = /^(?:(?:written|posted|reported|compiled|prepared)\s+by|by|authors?)\s*:\s*/i;

const NAME = '[\\u4e00-\\u9fa5·]{2,5}';
const NAMES = `${NAME}(?:\\s*[\\s、，,]\\s*${NAME}){0,5}`;
const ROLE = '(?:记者|通讯员|实习生|特约记者|特约评论员|评论员)';

// 某某社北京3月5日电（记者 张三 李四）/ 人民网北京X月X日电（记者钱伟）/ 新华社北京5月19日电（刘艺、杨吉）: the
// reporters open the first paragraphs; a wire service prints their names with no role word.
const DATELINE = new RegExp(`^.{0,24}?(?:电|讯)\\s*[(（]\\s*(${ROLE}\\s*)?(${NAMES})\\s*[)）]`);
// 新华社记者 张三 李四, 某某工程新闻发言人 张三 — a reporter's or a statement's speaker's line of its own.
// An e-paper's first line adds what the reporter did (顶端新闻·河南商报记者马俊峰/文受访者供图): a credit's tail.
const CREDIT_TAIL = '(?:\\s*[/／]\\s*(?:文图|图文|文|图)(?:\\s*[\\u4e00-\\u9fa5]{0,8}供图)?)?';
const AGENCY_REPORTERS = new RegExp(`^[\\u4e00-\\u9fa5·]{2,16}(?:${ROLE}|发言人)\\s*(${NAMES})${CREDIT_TAIL}$`);
// 整合 某某日报·某某网记者 张三, 某报记者 李四 来源：某报, 记者 刘涛 — the reporters' line closing a round-up, a reprint
// or an evening paper's story.
const CLOSING_REPORTERS = new RegExp(
  `^(?:(?:整合|综合|编辑|编译)\\s*)?[\\u4e00-\\u9fa5·]{0,16}${ROLE}\\s*(${NAMES})(?:\\s+来源\\s*[:：].{1,30})?$`,
);
// 文/张三, 文｜张三 李四, 撰文：张三 — a credit line over the text (or closing it).
const WRITER_LINE = new RegExp(`^(?:文|撰文|撰稿|作者)\\s*[/／|｜:：]\\s*(${NAMES})$`);
// (文/图 刘玺东 易赛楠), （记者 张三）, （作者：张三）: a credit in brackets ending the last paragraphs.
const CREDIT = new RegExp(
  `[(（]\\s*(?:文\\s*[/／]\\s*图|文图|文|撰稿|作者|${ROLE}(?:\\s*[/／]\\s*摄影)?)\\s*[:：]?\\s*(${NAMES})\\s*[)）]\\s*$`,
);
const AUTHOR_LINE = new RegExp(`^作者\\s*[:：]\\s*(${NAMES})$`);

// names set apart by 、 alone (刘艺、杨吉) keep it, as printed; others are space-joined
const spaced = (names: string) =>
  names
    .split(/[\s、，,]+/)
    // (记者陈智 整合): what the reporter did to the text is no name
    .filter((n) => n && !/^(?:特约|见习|实习)?记者$|^通讯员$|^实习生$|^(?:整合|综合|编辑|编译|报道|摄影)$/.test(n))
    .join(/^[^\s，,]+$/.test(names.trim()) && names.includes('、') ? '、' : ' ');

/** The byline the article's text prints (`text`: its lines, as blockText gives them), or ''. */
export function textByline(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const l of lines.slice(0, 6)) {
    const d = DATELINE.exec(l);
    if (d && (d[1] || onlyNames(d[2]!))) return spaced(d[2]!);
    const m = AGENCY_REPORTERS.exec(l) ?? WRITER_LINE.exec(l);
    if (m) return spaced(m[1]!);
  }
  // a speech's or report's speaker, named in the note under its title
  const speaker = speechNote(lines.slice(0, 6))?.speaker;
  if (speaker) return speaker;
  const prepared = preparedBy(lines.slice(-8));
  if (prepared) return prepared;
  for (const l of lines.slice(-6).reverse()) {
    const m = CREDIT.exec(l) ?? AUTHOR_LINE.exec(l) ?? WRITER_LINE.exec(l) ?? CLOSING_REPORTERS.exec(l);
    if (m) return spaced(m[1]!);
    const named = creditName(l) || bareCredit(l);
    if (named) return named;
  }
  return '';
}

// An English memo or opinion closes with who wrote it: "Prepared by:" / "Rebecca Dobras" / "Assistant Attorney
// General", or all on one line ("Prepared by: J. Smith, Counsel"). The name, without the role after it.
const PREPARED_BY = /^(?:Prepared|Written|Drafted)\s+by\s*:?\s*(.*)$/i;
const PERSON = /^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}$/;

function preparedBy(lines: string[]): string {
  for (const [i, l] of lines.entries()) {
    const m = PREPARED_BY.exec(l);
    const name = (m?.[1] || (m ? (lines[i + 1] ?? '') : '')).split(',')[0]!.trim();
    if (PERSON.test(name)) return name;
  }
  return '';
}
