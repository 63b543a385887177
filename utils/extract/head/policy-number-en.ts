/**
 * The number an English document is cited by where no label names it.
 *
 * A consolidated Act of a Canadian jurisdiction prints its chapter designation on a line of its own above its name
 * ("chapter P-39.1", "CHAPTER C-46"): the number it is cited by, its doc_number. Cross-references in the text
 * ("the Professional Code (chapter C-26)") sit inside sentences and never make a line.
 */
import { capTitleBlock } from './act-print-en';

const CHAPTER_LINE = /^(?:chapter|Chapter|CHAPTER)\s+[A-Z]{1,3}-\d+(?:\.\d+)*$/;

/** The chapter designation line among the page's first lines, or ''. */
export function chapterDesignation(lines: string[]): string {
  // (or a revised edition's chapter over the Act's name: `CHAPTER 6` / `THE EVIDENCE ACT`)
  return lines.slice(0, 80).find((l, i) => CHAPTER_LINE.test(l) || (i < 20 && capTitleBlock(lines, i))) ?? '';
}

// A title that is only a kind of document and its number (Official Opinion 2017-3, Executive Order 14110,
// Proclamation No. 5): the number is the document's own.
const KIND_NUMBER =
  /^(?:Official\s+|Formal\s+)?(?:Opinion|Executive Order|Proclamation|Directive|Circular|Bulletin|Ruling|Determination)\s+(?:No\.?\s*)?(\d{1,5}(?:[-–/]\d{1,5})?[A-Z]?)$/;

/** The number of a document whose title is its kind and number, or ''. */
export function titleKindNumber(title: string): string {
  return KIND_NUMBER.exec(title.trim())?.[1] ?? '';
}

// An instrument numbered within its year ends its title with that number: `Statement of Principles concerning anxiety
// disorder No. 102 of 2014`, `Customs (Prohibited Imports) Amendment Regulations No. 3 of 2019`.
const YEAR_NUMBER = /\s(No\.\s?\d{1,5}\s+of\s+\d{4})$/;

/** The `No. N of YYYY` a title ends with, or ''. */
export function titleYearNumber(title: string): string {
  return YEAR_NUMBER.exec(title.trim())?.[1] ?? '';
}
