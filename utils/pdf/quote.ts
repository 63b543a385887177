/**
 * A quotation set as an indented block, justified between both indents: its lines start at one x and its full lines
 * end at one x, so each looks centred. It is one paragraph (its short last line included), not a run of centred lines.
 */
import type { Layout } from './layout';
import type { TextLine } from './types';

/** Whether `b` goes on with the quotation whose line `a` (read as centred: `centred`) is. */
export function quoteGoesOn(a: TextLine, centred: boolean, b: TextLine, m: Layout): boolean {
  return (
    centred &&
    !a.bold &&
    a.page === b.page &&
    b.y - a.y <= Math.max(m.lineGap, a.size) * 1.2 &&
    Math.abs(a.x - b.x) < a.size * 0.5 &&
    a.x2 - a.x > (m.right - m.left) * 0.5 &&
    b.x2 <= a.x2 + a.size * 0.5
  );
}
