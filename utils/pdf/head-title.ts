/**
 * A Word file printed to PDF often sets its title in the body's size, centred over the text (a 通知 or a 办法 typed in
 * 仿宋 throughout, a memo's heading). With nothing set bigger, those centred lines are plain text (titleLines); when
 * the file's properties give no title either, the first of them names the document better than its file name does.
 */
import { joinText } from './paragraphs';
import { MASTHEAD } from './title';
import type { TextLine } from './types';

/** A date, a page or issue number, a classification mark: centred over a text, but no name of it. */
const NOT_A_TITLE =
  /^(?:[\d\s年月日.,/:：-]+|[〇○零一二三四五六七八九十]{4}年.*日|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|(?:第|No\.?|Page)\s*\S{1,6}|[-–—\s\d]+|(?:机密|秘密|绝密|特急|加急).*)$/;

/** The centred head's first line, with the lines that carry it on (same size, close under it); '' when none reads as a name. */
export function headTitle(head: readonly TextLine[]): string {
  const at = head.findIndex((l) => !NOT_A_TITLE.test(l.text.trim()) && !MASTHEAD.test(l.text.replace(/\s+/g, '')));
  if (at < 0) return '';
  const run = [head[at]!];
  for (const l of head.slice(at + 1)) {
    const last = run[run.length - 1]!;
    if (Math.abs(l.size - last.size) >= 0.5 || l.y - last.y > l.size * 2.2 || NOT_A_TITLE.test(l.text.trim())) break;
    run.push(l);
  }
  return run.map((l) => l.text.trim()).reduce((a, b) => joinText(a, b));
}
