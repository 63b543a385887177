/**
 * A consolidation's cover prints notes about the text before the Act itself: NZ reprints' "Note" (Changes authorised
 * by … have been made in this official reprint) in a heading smaller than the Act's own. Such a heading stands over
 * prose, where an Act's cross-heading stands right over its first section; before the Act's first numbered provision,
 * and set below the heading that provision has, it is cover matter, not a part of the outline. A preamble stays.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';

const PREAMBLE = /^preamble$/i;

export function dropCoverNotes(cands: Candidate[], lines: Line[]): Candidate[] {
  const first = cands.findIndex((c) => c.label?.style.startsWith('en-'));
  const tag = cands[first]?.line.heading ?? 0;
  if (first <= 0 || !tag) return cands;
  const index = new Map(lines.map((l, i) => [l, i]));
  const cover = (c: Candidate, i: number): boolean => {
    if (c.kind !== 'htag' || c.label || c.line.heading <= tag || PREAMBLE.test(c.rest.trim())) return false;
    const at = index.get(c.line);
    const next = at === undefined ? undefined : lines[at + 1];
    return !!next && next !== cands[i + 1]?.line; // over text of its own, not right over the next head
  };
  return cands.filter((c, i) => i >= first || !cover(c, i));
}
