/**
 * Readability drops style and align attributes, yet centring and bold are how policy documents set their titles
 * and headings. Before it runs, record them as data attributes it keeps; the outline reads them, stripMarks removes them.
 */
import { MARK_BOLD, MARK_CENTER } from '../../dom/marks';
import type { BodyContext, Pass } from '../context';

const CENTER = /text-align\s*:\s*center/i;
const BOLD = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;

export function markPresentation(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[style], [align]'))) {
    const style = el.getAttribute('style') ?? '';
    if (CENTER.test(style) || (el.getAttribute('align') ?? '').toLowerCase() === 'center') el.setAttribute(MARK_CENTER, '');
    if (BOLD.test(style)) el.setAttribute(MARK_BOLD, '');
  }
}

export const presentation: Pass<BodyContext> = {
  name: 'presentation',
  fixture: 'zh-law-in-notice',
  marks: [MARK_CENTER, MARK_BOLD],
  run: (ctx) => markPresentation(ctx.body),
};
