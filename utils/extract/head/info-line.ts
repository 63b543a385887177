/** The info line Chinese CMSs print under a title: 来源：… 作者：… 发布时间：…, labelled or with a bare time. */
import { asByline } from './byline-text';
import { isHidden } from './byline-roles';
import { creditName } from './byline-credit';
import { toIsoDateTime } from './dates';
import { squash } from '../../dom/blocks';

const INFO_LINE = /(来源|作者|发布时间|发布日期|时间|日期)\s*[:：]/;
const VALUE_END = '(?=[\\s　|｜]|$|(?:来源|作者|责任编辑|编辑|发布时间|发布日期|时间|日期|浏览)\\s*[:：])';
const BARE_TIME = /(?<![\d:])(\d{4}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?![\d:])/;

const CJK_NAME = /^[\u4e00-\u9fa5·]{2,4}$/;
// Further names after the first (作者：上官云 宋宇晟), up to the next label (来源：) or anything not a name.
const NEXT_NAME = /^[\s\u3000]+([\u4e00-\u9fa5·]{2,4})(?=[\s\u3000|｜]|$)(?!\s*[:：])/;

function authorsAt(t: string, m: RegExpExecArray | null): string {
  if (!m) return '';
  const names = [m[1]!];
  if (!CJK_NAME.test(names[0]!)) return names[0]!;
  let rest = t.slice(m.index + m[0].length);
  for (let n = NEXT_NAME.exec(rest); n && names.length < 6; n = NEXT_NAME.exec(rest)) {
    if (/^(?:来源|编辑|责任编辑|发布|时间|日期|浏览|字号|分享|打印|关闭)/.test(n[1]!)) break;
    names.push(n[1]!);
    rest = rest.slice(n[0].length);
  }
  return names.join(' ');
}

/** The short "来源：… 作者：… 2024-01-01 10:00" line Chinese CMSs print under the title. */
export function readInfoLine(doc: Document): { author: string; source: string; time: string } {
  const res = { author: '', source: '', time: '' };
  const body = doc.body;
  if (!body) return res;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < 20; n = walker.nextNode()) {
    // a display:none copy for search engines (作者：<the editor>) is not what the reader sees
    if (!INFO_LINE.test(n.nodeValue ?? '') || isHidden(n.parentElement)) continue;
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
    // an author note closing the text, (作者：张三，某大学教授), names the author without the affiliation
    res.author ||= creditName(t) || asByline(authorsAt(t, new RegExp(`作者\\s*[:：]\\s*([^\\s　|｜]{1,30}?)${VALUE_END}`).exec(t)));
    res.source ||= new RegExp(`来源\\s*[:：]\\s*([^\\s　|｜]{1,40}?)${VALUE_END}`).exec(t)?.[1] ?? '';
    // The time is labelled (时间：…) or printed bare beside the source: "2019-09-26 12:11 来源：证券时报网".
    const time = /(?:发布)?(?:时间|日期)\s*[:：]\s*([\d年月日\-/.: ]{8,30})/.exec(t) ?? BARE_TIME.exec(t);
    res.time ||= toIsoDateTime(time?.[1] ?? '');
    if (res.author && res.source && res.time) break;
  }
  return res;
}
