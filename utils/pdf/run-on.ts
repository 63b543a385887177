/** Whether a line runs on into the next one: the text of one paragraph wrapped, not two blocks. */
import type { Layout } from './layout';
import { OPENS_NUMBERED } from './numbered';
import type { TextLine } from './types';

/**
 * The line before ran on to the column's end, or at least left no room for the next line's first word: had there
 * been room, the printer would have set the word there (ragged-right text ends lines short too).
 */
export function ranOn(a: TextLine, b: TextLine, pm: Layout): boolean {
  const word = /^[A-Za-z0-9\u00c0-\u024f'’-]+/.exec(b.text)?.[0] ?? b.text.slice(0, 1);
  const wordWidth = ((b.x2 - b.x) * word.length) / Math.max(1, b.text.length);
  return pm.right - a.x2 < Math.max(a.size * 1.5, wordWidth + a.size * 0.3);
}

/**
 * A paragraph opening with bold words (a run-in label, `Note 1 to paragraph (g): Guidance for …`) has a first line
 * bold by most of its characters; its text runs on into the plain line under it, which starts at the margin.
 */
export function boldLeadRunsOn(a: TextLine, b: TextLine, m: Layout, pm: Layout, setOff: boolean): boolean {
  if (!a.bold || b.bold || setOff || Math.abs(a.size - b.size) > m.bodySize * 0.1) return false;
  if (a.page !== b.page || b.y - a.y > Math.max(m.lineGap, a.size) * 1.2 || /[.:;!?。：；！？]$/.test(a.text)) return false;
  // a word or number broken at its hyphen or dash (Docket No. FAA–␤2020–0686) goes on, under a hanging indent too
  if (/\w[-–]$/.test(a.text) && /^[A-Za-z0-9]/.test(b.text) && ranOn(a, b, pm)) return true;
  // its further lines start at the margin, or (a numbered paragraph's) hang under its text
  const hanging = OPENS_NUMBERED.test(a.text) && b.x > a.x + b.size * 0.8;
  if ((b.x > m.left + b.size * 0.8 && !hanging) || OPENS_NUMBERED.test(b.text) || !/^[a-z(]/.test(b.text)) return false;
  return ranOn(a, b, pm);
}
