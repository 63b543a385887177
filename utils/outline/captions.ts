/**
 * Statutes set in the Commonwealth style print a section's caption (its marginal note or headnote) on a line of its
 * own above the section, whose number opens the first paragraph in bold: "Short title" / "**1.** This Act is …",
 * "Purposes" / "**1** The purposes of this Act are,". The section is the heading, named by the caption.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isTitleLike } from './heads';
import { matchLabel } from './labels';

/**
 * The number alone in bold: 1, 1., 10.1, 55.9.1, 4A, and a range of sections printed as one (76.-98); a footnote's
 * mark may come first (*27.: the section's coming-into-force note)
 */
const BOLD_NUMBER = /^[*†‡]?\d{1,3}[A-Z]{0,2}(?:\.\d{1,3})*\.?(?:-\d{1,3}[A-Z]{0,2})?$/;

/**
 * A caption: a short name on its own line, not a sentence, not numbered. A site may set it in a minor heading tag
 * (Canada's Justice Laws: `<h6 class="MarginalNote">`); a page's own h1/h2 head parts, not sections, unless the page
 * sets its captions in them (`topTags`, see topTagCaptions).
 */
function isCaption(l: Line | undefined, topTags = false): l is Line {
  if (!l || l.listItem || l.inTable || l.linked || (l.heading && l.heading < 3 && !topTags)) return false;
  // "… on amalgamation, etc." ends in an abbreviation, not a sentence
  return /^[A-Z]/.test(l.text) && isTitleLike(l.text, 120) && !/(?<!\betc)[.;:,]$/.test(l.text) && !matchLabel(l.text);
}

/**
 * A section's first paragraph: its number in bold, then its text (or a subsection, a dash). Under a caption set in a
 * heading tag, the section may open a list of its subsections (`<ul class="ProvisionList"><li>`).
 */
function numberLine(l: Line | undefined, inList = false): l is Line {
  if (!l || (l.listItem && !inList) || l.linked || l.bold) return false;
  const lead = l.boldLead.trim();
  return BOLD_NUMBER.test(lead) && /^[A-Z(—–-]/.test(l.text.slice(l.text.indexOf(lead) + lead.length).trim());
}

/** The section whose caption is line `i`, its number line right below it: the candidate, or null. */
export function captionedSection(lines: Line[], i: number, topTags = false): Candidate | null {
  const caption = lines[i];
  const num = lines[i + 1];
  if (!isCaption(caption, topTags) || !numberLine(num, !!caption.heading)) return null;
  const label = num.boldLead.trim().replace(/^[*†‡]/, '');
  return {
    kind: 'numbered',
    style: 'en-section',
    line: caption,
    joined: [num],
    label: { style: 'en-section', label, value: parseInt(label, 10), rest: caption.text.trim() },
    rest: caption.text.trim(),
  };
}

/**
 * In an Act whose sections are captioned, a section printed without a caption (a stub: "**99** Omitted (provides for
 * coming into force …)"): its bold number opens its paragraph all the same. Untitled.
 */
export function uncaptionedSection(line: Line): Candidate | null {
  if (!numberLine(line)) return null;
  const label = line.boldLead.trim().replace(/^[*†‡]/, '');
  return {
    kind: 'numbered',
    style: 'en-section',
    line,
    joined: [],
    label: { style: 'en-section', label, value: parseInt(label, 10), rest: '' },
    rest: '',
  };
}

/** A subsection's own number opening its paragraph: (2), (3.1), after a footnote's mark (*(3)) */
const SUBSECTION = /^[*†‡]?\(\d{1,3}(?:\.\d{1,2})?[a-z]?\)[\s\u00a0]/;

/**
 * The marginal note of a subsection ("Winter timetable" over "(2) Between December …"): a caption inside a section,
 * no heading of the Act's outline.
 */
export function isSubsectionCaption(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return isCaption(lines[i]) && !!next && !next.bold && SUBSECTION.test(next.text) && !/^\(1\)/.test(next.text);
}

/** The history a consolidation prints after a section ("Section Amendments with date in force"): no heading. */
const HISTORY = /^(?:section |schedule )?amendments?\b/i;

export const isHistoryHeading = (text: string) => HISTORY.test(text.trim());

/**
 * A caption-like line right above a captioned section: a cross-heading over it ("Purposes, Definitions and
 * Interpretation" / "Purposes" / 1 …). Two stacked captions could also be a section's and its subsection (1)'s; the
 * cross-heading is the commoner reading.
 */
export function isCrossAboveCaption(lines: Line[], i: number, topTags = false): boolean {
  const l = lines[i];
  return (
    isCaption(l) &&
    !HISTORY.test(l.text) &&
    !DESIGNATION.test(l.text) &&
    !titleTail(lines[i - 1]) &&
    !!captionedSection(lines, i + 1, topTags)
  );
}

/** "Schedule B" alone over an Act's first section: the omnibus bill's schedule that enacted it, on its cover. */
const DESIGNATION = /^(?:SCHEDULE|Schedule)[\s\u00a0]+[A-Z0-9]{1,3}$/;

/**
 * A short line in lower case ("and", "for the purposes of the"): the line below it goes on the instrument's title set
 * over several lines ("Veterans' Entitlements Act 1986" / "and" / "Military Rehabilitation … Act 2004"), no heading.
 */
const titleTail = (l: Line | undefined) => !!l && /^[a-z]/.test(l.text) && l.text.length <= 40 && !/[.;:,]$/.test(l.text);

/**
 * A statute converted from its print (a Gazette's PDF through a word processor) may tag every section caption as a
 * top heading (<h1>Definitions</h1> / **1.** In this Act—): when three or more h1/h2 captions stand over bold
 * section numbers, the page's top tags are its captions, not its parts.
 */
export function topTagCaptions(lines: Line[]): boolean {
  let n = 0;
  for (let i = 0; i + 1 < lines.length && n < 3; i++) {
    const l = lines[i]!;
    if (l.heading && l.heading < 3 && isCaption(l, true) && numberLine(lines[i + 1], true)) n++;
  }
  return n >= 3;
}
