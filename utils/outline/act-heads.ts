/**
 * English legislation: what only set-off lines say (bare section numbers, an unnumbered schedule, end notes), and
 * which labelled lines are headings.
 */
import type { Line } from './blocks';
import type { Label } from './labels';
import { runInCaption } from './runin-caption';

/** Bare section numbers inside heading tags (NZ/UK Acts print "3A Advice and consent" in an <h5>). */
const HTAG_NUMBER = /^(\d{1,4}[A-Z]{0,3})[\s\u00a0]+(?=\S)/;
/**
 * An Act's only schedule is printed without a number ("Schedule Consequential amendments"), often with the section
 * that refers to it ("SCHEDULE (Section 5) ARTICLES OF …"): a cross-reference, no part of its title.
 */
const HTAG_SCHEDULE = /^(SCHEDULE|Schedule)(?:[\s\u00a0]+\((?:Sections?|Subsections?|ss?\.)[^)]{1,40}\))?(?=[\s\u00a0]+[A-Z])/;
/** Headings of the notes an Act's consolidation or compilation carries after its schedules. */
const END_MATTER =
  /^(?:notes|endnotes|end notes|editorial notes|explanatory notes?|reprints? notes|notes to this (?:consolidation|reprint|compilation))$/i;
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
  const s = inAct ? HTAG_SCHEDULE.exec(text) : null;
  if (s) return { style: 'en-schedule', label: s[1]!, value: 1, rest: text.slice(s[0].length).trim() };
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
 * heading when a section follows it (crossHeading); a line of capitals elsewhere is shouting, not structure. '' if not.
 */
const CAPS_HEADING = /^[A-Z][A-Z0-9 ,;'’&()/-]*[A-Z)]$/;
const PAREN_HEADING = /^\(([A-Z][A-Za-z ,;'’&-]{2,80})\)$/;

export const SECTION_STYLES = new Set(['en-code', 'en-section', 'en-article']);

/**
 * A cross-heading's lines when one starts at `i`: up to two such lines (one broken over two: "… TRANSFER OF
 * LANDINGS TO" / "COUNTY") right before a numbered section; else null.
 */
export function crossHeading(lines: Line[], i: number, labelOf: (l: Line) => Label | null): Line[] | null {
  const group: Line[] = [];
  for (let j = i; j < i + 3 && j < lines.length; j++) {
    const l = lines[j]!;
    const lab = labelOf(l);
    if (lab) return group.length && SECTION_STYLES.has(lab.style) ? group : null;
    if (group.length === 2 || !crossHeadingText(l) || l.inTable) return null;
    group.push(l);
  }
  return null;
}

/**
 * A status page's section label: a bold capitalised label opening its line ("MAJOR ACTIONS:", "TITLE(S): (italics
 * indicate …)", "COSPONSORS(20), ALPHABETICAL [followed by …]:"), nothing but a note after it. Its text, or ''.
 * Only a series of them is a page's sections (classify keeps three or more).
 */
export function pageSectionLabel(line: Line): string {
  const squashed = (t: string) => t.replace(/[\s\u00a0]+/g, ' ').trim();
  const m = PAGE_LABEL.exec(squashed(line.text));
  if (!m || !/[A-Z]{3}/.test(m[1]!) || !squashed(line.boldLead).startsWith(m[1]!) || line.listItem || line.heading) return '';
  return !m[2] || /^[([]/.test(m[2]) ? m[1]! : '';
}
const PAGE_LABEL = /^([A-Z][A-Z0-9()'’&/,. -]{1,60}[A-Z)])(?::|(?= [[(]))\s*(.*)$/;

/** "Be it enacted by …", a bill's enacting formula: what the bill prints above it is its header. */
export const isEnactingFormula = (text: string): boolean => ENACTING.test(text);
const ENACTING = /^(?:be it enacted\b|the people of the state of [A-Za-z ]{2,30},? (?:represented in [A-Za-z ]{2,40},? )?do enact\b)/i;

export function crossHeadingText(line: Line): string {
  const t = line.text.replace(/\s+/g, ' ').trim();
  if (t.length > 120 || line.listItem || line.linked) return '';
  if (CAPS_HEADING.test(t) && /[A-Z]{2}/.test(t)) return t;
  const paren = PAREN_HEADING.exec(t);
  return paren && (line.centered || line.bold || line.heading) ? t : '';
}

/** A bill's number on a line of its own ("S. 318", "HOUSE BILL NO. 45"): its name, set above the text, not a heading. */
const BILL_NUMBER =
  /^(?:(?:HOUSE|SENATE|ASSEMBLY|House|Senate|Assembly)\s+(?:BILL|Bill|(?:JOINT |CONCURRENT |Joint |Concurrent )?(?:RESOLUTION|Resolution))\s+(?:NO\.?|No\.?)?\s*\d+|(?:[HS]\.\s?(?:(?:J|CON|Con)\.\s?)?(?:RES|Res)\.|H\.\s?R\.|S\.|H\.\s?B\.|S\.\s?B\.|HB|SB|AB)\s?\d{1,5})$/;

export const isBillNumber = (text: string): boolean => BILL_NUMBER.test(text.trim());

/**
 * An instrument's number set under its title ("Local Authority Notice 1628 of 2008", "Act No. 5 of 2003", "No. 102 of
 * 2014", an SI's "2025 No. 3"): its name, not a heading.
 */
const INSTRUMENT_NUMBER =
  /^(?:(?:[A-Z][a-z]+(?:[\s\u00a0-][A-Z][a-z]+){0,3}|[A-Z]{2,5})[\s\u00a0]+)?(?:No\.?[\s\u00a0]*)?\d{1,5}[\s\u00a0]+of[\s\u00a0]+(?:1[89]|20)\d\d$|^(?:1[89]|20)\d\d[\s\u00a0]+No\.[\s\u00a0]*\d{1,5}$/;

export const isInstrumentNumber = (text: string): boolean => INSTRUMENT_NUMBER.test(text.trim());

const BILL_SECTION = /^(?:NEW SECTION\.\s+)?(?:SECTION|Section|SEC\.|Sec\.|§)\s*\w+\.\s/;

/**
 * "12. **Launch a scholarship programme.** It should …": a numbered paragraph whose number is followed by a bold
 * phrase that ends where its clause does (a reference in brackets may close it), or is the whole paragraph, or runs
 * to a few words, is led by its title, as a heading is. A word stressed inside the sentence ("1. **Every** applicant
 * must …") is not.
 */
export function boldRunIn(line: Line): boolean {
  const lead = line.labelLead;
  if (!/^[A-Z]/.test(lead) || lead.split(' ').length < 2) return false;
  const after = line.text.slice(line.text.indexOf(lead) + lead.length).trim();
  // …or ends where a reference in brackets closes its clause: "2. **Reverse engineering** (section 1201(f)). This …"
  const cited = /^\((?:[^()]|\([^()]*\))*\)\s*[.:;—–]/.test(after);
  return !after || /[.:;,!?]$/.test(lead) || /^[.:;,!?—–]/.test(after) || cited || lead.split(' ').length >= 4;
}

/** "Section 3A inserted, on 1 November…" opens a history note; a heading is set off or reads as a name. */
const UNIT_DASH = /^(?:PART|Part|CHAPTER|Chapter|DIVISION|Division)[\s\u00a0]+[A-Z0-9]{1,6}[\s\u00a0]*[—–]/;

export function englishHead(line: Line, lab: Label): boolean {
  if (line.heading || line.bold) return true;
  // a part's bare numeral (I, A., 1) stands alone on its line only when set off: centred, as a slip opinion sets it
  if (!lab.rest && (lab.style === 'roman-dot' || lab.style === 'alpha-dot' || lab.style === 'ar-dot')) return line.centered;
  // "838.005 Definitions. As used in this chapter…": a code section opens its own paragraph, caption run in.
  if (lab.style === 'en-code') return true;
  // A bill's "Section 1. The Code is amended…" / "SEC. 2. SHORT TITLE. …": a section, captioned or not.
  if (lab.style === 'en-section' && BILL_SECTION.test(line.text)) return true;
  // "3.1.  Promoting Progress … Development.  (a) …": a subsection's run-in caption in title case
  if (runInCaption(lab.rest)) return true;
  if (boldRunIn(line)) return true;
  const r = lab.rest;
  // a unit's label centred on its line, its title after it in whatever case the print left ("sub-part a: right to …")
  if (line.centered && /^en-(?:part|chapter|division|title)$/.test(lab.style) && r.length <= 100 && !/[.;:]\s/.test(r)) return true;
  // "Part A—Interpretation." a unit's title set after a dash, closed by a period as the print sets its captions
  if (UNIT_DASH.test(line.text) && /^[A-Z][^.;:]{0,80}\.?$/.test(r)) return true;
  // a lead-in ends its colon with a dash as often as not ("… on Council land:—")
  return !r || (/^[A-Z]/.test(r) && r.length <= 100 && !/[.;:,]\s|[.;:,][—–-]*$/.test(r));
}
