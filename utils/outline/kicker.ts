/**
 * A news head printed over two bold lines: who said it, ending in a colon (英国《泰晤士报》：), then what they said
 * (蓬勃发展的武汉再次充满欢声笑语). The first line is the kicker of the second: together they are one heading,
 * joined at the colon, which starts where the kicker does.
 */
import type { Line } from './blocks';
import { isTitleLike, nospace } from './heads';

/** The bold kicker line right above the bold head `lines[i]`, or null. */
export function kickerAbove(lines: Line[], i: number): Line | null {
  const k = lines[i - 1];
  const line = lines[i]!;
  if (!k || !k.bold || !line.bold || k.inTable || k.listItem || k.linked || k.heading || line.heading) return null;
  const t = k.text.trim();
  return /[：:]$/.test(t) && nospace(t).length <= 30 && isTitleLike(t.slice(0, -1)) ? k : null;
}
