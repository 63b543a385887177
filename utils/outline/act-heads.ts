/** What only set-off lines say in English Acts: bare section numbers (heading tags), an unnumbered schedule, end notes. */
import type { Label } from './labels';

/** Bare section numbers inside heading tags (NZ/UK Acts print "3A Advice and consent" in an <h5>). */
const HTAG_NUMBER = /^(\d{1,4}[A-Z]{0,3})[\s\u00a0]+(?=\S)/;
/** An Act's only schedule is printed without a number ("Schedule Consequential amendments"). */
const HTAG_SCHEDULE = /^(?:SCHEDULE|Schedule)(?=[\s\u00a0]+[A-Z])/;
/** Headings of the notes an Act's consolidation or compilation carries after its schedules. */
const END_MATTER =
  /^(?:notes|endnotes|end notes|editorial notes|explanatory notes?|reprint notes|notes to this (?:consolidation|reprint|compilation))$/i;

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
  return END_MATTER.test(text);
}
