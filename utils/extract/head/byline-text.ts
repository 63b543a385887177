/**
 * Bylines a Chinese news page prints only in its text: the reporter of a dateline (人民网合肥11月8日电（记者钱伟）,
 * 新华社记者 张三 李四), the credit closing the text ((文/图 刘玺东 易赛楠)) or an 作者： line of its own. All the names,
 * space-joined as printed. Read only when no author is labelled on the page.
 */
import { squash } from '../../dom/blocks';
import { speechNote } from './speech-note';

// A label with no value after it (转载请注明：), a reprint note, a source or an editor is nobody's byline.
const NOT_A_NAME = /[:：]$|转载|版权|^(?:来源|出处|责任编辑|编辑)|(?:来源|责任编辑)\s*[:：]/;

/** A byline names someone: a CMS user id (<meta name="author" content="10086">) is not one. */
export function asByline(s: string | null | undefined): string {
  const t = squash(s ?? '');
  return /\p{L}/u.test(t) && !/^[a-z]*[\d_-]{3,}$/i.test(t) && !NOT_A_NAME.test(t) ? t : '';
}

const NAME = '[\\u4e00-\\u9fa5·]{2,5}';
const NAMES = `${NAME}(?:\\s*[\\s、，,]\\s*${NAME}){0,5}`;
const ROLE = '(?:记者|通讯员|实习生|特约记者)';

// 某某社北京3月5日电（记者 张三 李四）/ 人民网北京X月X日电（记者钱伟）: the reporters open the first paragraphs.
const DATELINE = new RegExp(`^.{0,24}?(?:电|讯)\\s*[(（]\\s*${ROLE}\\s*(${NAMES})\\s*[)）]`);
// 新华社记者 张三 李四 — a reporter line of its own (the names alone, or before the text).
const AGENCY_REPORTERS = new RegExp(`^[\\u4e00-\\u9fa5]{2,8}${ROLE}\\s*(${NAMES})$`);
// (文/图 刘玺东 易赛楠), （记者 张三）, （作者：张三）: a credit in brackets ending the last paragraphs.
const CREDIT = new RegExp(
  `[(（]\\s*(?:文\\s*[/／]\\s*图|文图|文|撰稿|作者|${ROLE}(?:\\s*[/／]\\s*摄影)?)\\s*[:：]?\\s*(${NAMES})\\s*[)）]\\s*$`,
);
const AUTHOR_LINE = new RegExp(`^作者\\s*[:：]\\s*(${NAMES})$`);

const spaced = (names: string) =>
  names
    .split(/[\s、，,]+/)
    .filter(Boolean)
    .join(' ');

/** The byline the article's text prints (`text`: its lines, as blockText gives them), or ''. */
export function textByline(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const l of lines.slice(0, 6)) {
    const m = DATELINE.exec(l) ?? AGENCY_REPORTERS.exec(l);
    if (m) return spaced(m[1]!);
  }
  // a speech's or report's speaker, named in the note under its title
  const speaker = speechNote(lines.slice(0, 6))?.speaker;
  if (speaker) return speaker;
  for (const l of lines.slice(-6).reverse()) {
    const m = CREDIT.exec(l) ?? AUTHOR_LINE.exec(l);
    if (m) return spaced(m[1]!);
  }
  return '';
}
