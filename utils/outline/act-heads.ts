/**
 * English legislation: what only set-off lines say (bare section numbers, an unnumbered schedule, end notes), and
 * which labelled lines are headings.
 */
import type { Line } from './blocks';
import type { Label } from './labels';
import { runInCaption } from './runin-caption';

/** Bare section numbers inside heading tags (NZ/UK Acts print "3A Advice and consent" in an <h5>). */
const HTAG_NUMBER = /^(\d{1,4}[A-Z]{0,3})[\s\u00a0]+(?=\S)/;
/** An Act's only schedule is printed without a number ("Schedule Consequential amendments"). */
const HTAG_SCHEDULE = /^(?:SCHEDULE|Schedule)(?=[\s\u00a0]+[A-Z])/;
/** Headings of the notes an Act's consolidation or compilation carries after its schedules. */
const END_MATTER =
  /^(?:notes|endnotes|end notes|editorial notes|explanatory notes?|reprint notes|notes to this (?:consolidation|reprint|compilation))$/i;
/** A bill's sponsor's memo printed after its text: a document of its own, its labelled paragraphs below it. */
const MEMO =
  /^(?:(?:sponsor|introducer)['’]?s? memo(?:randum)?(?: in support(?: of legislation)?)?|memorandum in support(?: of legislation)?|bill memo)$/i;
/** "PURPOSE: To let…": a memo's or a report's capitalised paragraph label. */
const CAPS_LEAD = /^([A-Z][A-Z'’()&/ -]{2,40}[A-Z)]):\s+\S/;

/**
 * The label of a set-off line (heading tag, or a bold or centred paragraph) that the general grammar leaves
 * unlabelled. An unnumbered "Schedule" is trusted only `inAct` (after the Act's own Part/section numbers), so a
 * "Schedule Overview" heading does not make a page an Act. Bare numbers are trusted only in heading tags (`tag`):
 * a bold "3 Results" is a paper's section, not an Act's.
 */
export function actHeadingLabel(text: string, inAct: boolean, tag: boolean): Label | null {
  if (inAct && HTAG_SCHEDULE.test(text)) return { style: 'en-schedule', label: 'Schedule', value: 1, rest: text.slice(8).trim() };
  const m = tag ? HTAG_NUMBER.exec(text) : null;
  return m ? { style: 'en-section', label: m[1]!, value: parseInt(m[1]!, 10), rest: text.slice(m[0].length).trim() } : null;
}

export function isEndMatter(text: string): boolean {
  return END_MATTER.test(text) || MEMO.test(text.trim());
}

/** The capitalised label a paragraph opens with ("SUMMARY OF PROVISIONS"), or null. */
export function capsLead(text: string): string | null {
  return CAPS_LEAD.exec(text)?.[1] ?? null;
}

/**
 * A code chapter's cross-heading as Word exports print it: a plain capitalised line ("BOARD OF DIRECTORS",
 * "JUSTICE COURTS; GENERAL PROVISIONS …"), or a title in parentheses set off ("(General Provisions)"). Only a
 * heading when a section follows it (classify checks that); a line of capitals elsewhere is shouting, not structure.
 */
const CAPS_HEADING = /^[A-Z][A-Z0-9 ,;'’&()/-]*[A-Z)]$/;
const PAREN_HEADING = /^\(([A-Z][A-Za-z ,;'’&-]{2,80})\)$/;

export function crossHeadingText(line: Line): string | null {
  const t = line.text.replace(/\s+/g, ' ').trim();
  if (t.length > 120 || line.listItem || line.linked) return null;
  if (CAPS_HEADING.test(t) && /[A-Z]{2}/.test(t)) return t;
  const paren = PAREN_HEADING.exec(t);
  return paren && (line.centered || line.bold || line.heading) ? t : null;
}

const BILL_SECTION = /^(?:SECTION|Section|SEC\.|Sec\.|§)\s*\w+\.\s/;

/** "Section 3A inserted, on 1 November…" opens a history note; a heading is set off or reads as a name. */
export function englishHead(line: Line, lab: Label): boolean {
  if (line.heading || line.bold) return true;
  // "838.005 Definitions. As used in this chapter…": a code section opens its own paragraph, caption run in.
  if (lab.style === 'en-code') return true;
  // A bill's "Section 1. The Code is amended…" / "SEC. 2. SHORT TITLE. …": a section, captioned or not.
  if (lab.style === 'en-section' && BILL_SECTION.test(line.text)) return true;
  // "3.1.  Promoting Progress … Development.  (a) …": a subsection's run-in caption in title case
  if (runInCaption(lab.rest)) return true;
  const r = lab.rest;
  return !r || (/^[A-Z]/.test(r) && r.length <= 100 && !/[.;:,]\s|[.;:,]$/.test(r));
}
