/**
 * An amending Act quotes the provisions it puts into another Act: "Replace sections 5 to 5B with:", "After section
 * 382, insert:", then the new sections, Parts or clauses set in a block of their own, numbered and headed as the
 * amended Act numbers them (NZ and UK legislation sites, Australian amending Acts). They belong to that Act, not to
 * this one's outline.
 */
import type { Line } from './blocks';

/** A line that hands over to quoted text: it ends with the amending verb and a colon or dash. */
const AMENDING_LEAD = /\b(?:insert|substitute|with|add)[\s\u00a0]*[:—–]$/i;

/**
 * The lines inside the blocks that amending leads introduce: the element right after the lead's own block, or right
 * after the paragraph wrapper the lead ends (a subsection's <div> holding only its text).
 */
export function quotedLines(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  let quote: Element | null = null;
  for (const line of lines) {
    if (quote?.contains(line.block)) {
      out.add(line);
      continue;
    }
    quote = null;
    if (!AMENDING_LEAD.test(line.text.trim())) continue;
    let block: Element = line.block;
    for (let up = 0; up < 2 && !block.nextElementSibling && block.parentElement; up++) block = block.parentElement;
    const next = block.nextElementSibling;
    // the quoted block holds structure of its own (a heading, or further blocks), not a run-on sentence
    if (next && next.firstElementChild) quote = next;
  }
  return out;
}
