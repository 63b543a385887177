/**
 * Organs' names set off one a line (国家互联网信息办公室 / 中华人民共和国教育部 / …) over a joint order or notice, or
 * under its text as its signature: who issues it, never a section of it, however bold or centred.
 */
import type { Line } from './blocks';
import { organs } from '../organs';

const organLine = (l: Line | undefined): boolean => !!l && !l.inTable && !!organs(l.text.trim());

/** Lines in runs of two or more organ names. */
export function organRuns(lines: Line[]): Set<Line> {
  return new Set(lines.filter((l, i) => organLine(l) && (organLine(lines[i - 1]) || organLine(lines[i + 1]))));
}
