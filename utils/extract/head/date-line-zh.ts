/**
 * Two ways a Chinese page shows when it was published without labelling the time (发布时间：):
 * - the block right under its only headline prints the source and a bare time of day (新华社 2020-01-03 18:13);
 * - the time is printed relatively (前天, 3小时前) by a script, from the epoch second the page carries (ct = "1581418070"),
 *   or the script fills an empty publish-time element with it (a page saved as served, its scripts never run).
 */
import { squash } from '../../dom/blocks';
import { toIsoDateTime } from './dates';

// a date with its time of day: a bare date under a headline may be an event's, a clock time is the posting's
const DATE_TIME = /(?<![\d:])(\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])/;

/** The time in the short block right after the page's only <h1>, or ''. */
export function readTimeUnderHeadline(doc: Document): string {
  const h1s = doc.body?.querySelectorAll('h1') ?? [];
  if (h1s.length !== 1) return '';
  const t = squash(h1s[0]!.nextElementSibling?.textContent ?? '');
  return t.length <= 120 ? toIsoDateTime(DATE_TIME.exec(t)?.[1] ?? '') : '';
}

const RELATIVE = /^(?:前天|昨天|今天|\d{1,2}\s*(?:分钟|小时|天|周)前)$/;
const EPOCH = /\b(?:ct|create_?time|publish_?time|pub_?time)\s*[=:]\s*["']?(1\d{9})["']?/i;

const placeholder = (el: Element) =>
  !squash(el.textContent ?? '') && /publish|pub_?time|post_?time/i.test(`${el.id} ${el.getAttribute('class') ?? ''}`);

/** The publish time a script renders as 前天 from the epoch second in the page's own script, in China's time; or ''. */
export function readScriptedTime(doc: Document): string {
  const shown = Array.from(doc.body?.querySelectorAll('[id*="time" i], [class*="time" i]') ?? []).slice(0, 30);
  // (or left empty for the script to fill: WeChat's <em id="publish_time"></em> as served)
  if (!shown.some((el) => RELATIVE.test(squash(el.textContent ?? '')) || placeholder(el))) return '';
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = EPOCH.exec(s.textContent ?? '');
    if (m) return new Date((Number(m[1]) + 8 * 3600) * 1000).toISOString().slice(0, 19);
  }
  return '';
}
