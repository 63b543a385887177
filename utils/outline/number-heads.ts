/**
 * A card's number set in a heading tag of its own over its name in the next heading tag of the same rank:
 * `<h2>1</h2>` / `<h2>Get to know your smartphone</h2>` (a course's activity cards, a process's step tiles, where the
 * style sheet sets the number in a big circle beside the name). Read apart, the number is no head and the name loses
 * it: together they are one head, numbered as printed, a tier below the heading tag of the section holding them.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isTitleLike } from './heads';
import { label } from './line-context';

const NUMBER = /^(\d{1,2})$/;
/** The cards' own tier: they are the items of the section whose heading they follow, a tier below its tag (levels). */
export const NUMBER_CARD = 'number-card';

export function numberOverName(lines: Line[], i: number): Candidate | null {
  const line = lines[i]!;
  const m = line.heading ? NUMBER.exec(line.text.trim()) : null;
  const name = lines[i + 1];
  if (!m || !name || name.heading !== line.heading || name.linked || label(name) || !isTitleLike(name.text, 120)) return null;
  const rest = name.text.trim();
  return {
    kind: 'numbered',
    style: NUMBER_CARD,
    line,
    joined: [name],
    label: { style: 'ar-space', label: m[1]!, value: Number(m[1]), rest },
    rest,
  };
}
