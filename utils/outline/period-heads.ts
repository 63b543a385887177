/**
 * Heads printed with their full stop: a feature story sets its parts apart with short centred bold lines, each one
 * phrase ending in 。 (神奇，偶然掉在凡俗的临床上。). A reader sees heads, not sentences, when two or more such lines
 * stand alone between paragraphs; one alone may be a pull quote or a caption, so it is not taken.
 */
import type { Line } from './blocks';
import { isTitleLike, nospace } from './heads';

const MAX = 24;
// a photo's caption (图为…。) is set the same way
const CAPTION = /^(?:图为|上图|下图|图：|图:)/;

function periodHead(l: Line): boolean {
  const t = l.text.trim();
  if (!(l.centered && l.bold) || l.inTable || l.listItem || l.linked || !/[^。]。$/.test(t) || CAPTION.test(t)) return false;
  const phrase = t.slice(0, -1);
  return nospace(phrase).length <= MAX && isTitleLike(phrase, MAX);
}

/** The page's full-stopped heads (two or more, none next to another), or none. */
export function periodHeads(lines: Line[]): Set<Line> {
  const heads = lines.filter((l, i) => periodHead(l) && !(lines[i + 1] && periodHead(lines[i + 1]!)) && !(i && periodHead(lines[i - 1]!)));
  return new Set(heads.length >= 2 ? heads : []);
}
