/**
 * A code's page prints its unit's title line ("TITLE 1.81.26. Security of Connected Devices [1798.91.04 -
 * 1798.91.06]", "Chapter 53. Consumer Data Protection Act.") with the units it sits in above it (DIVISION 3, PART 4).
 * The line is the document's title, not a heading, whether or not it carries its section range and final period.
 */
import { nospace } from './heads';

/** The unit's name without its section range and final period. */
export function cleanUnit(line: string): string {
  return line
    .replace(/\s*\[[\d.\s–—-]+\]\s*$/, '')
    .replace(/\.$/, '')
    .trim();
}

/** The line is the document's own title line, give or take its section range and final period. */
export function isTitleUnit(text: string, docTitle: string): boolean {
  return !!docTitle && nospace(cleanUnit(text)) === nospace(cleanUnit(docTitle));
}
