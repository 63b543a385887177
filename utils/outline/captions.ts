/**
 * Statutes set in the Commonwealth style print a section's caption (its marginal note or headnote) on a line of its
 * own above the section, whose number opens the first paragraph in bold: "Short title" / "**1.** This Act is …",
 * "Purposes" / "**1** The purposes of this Act are,". The section is the heading, named by the caption.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isTitleLike } from './heads';
import { matchLabel } from './labels';

/** The number alone in bold: 1, 1., 10.1, 55.9.1, 4A, and a range of sections printed as one (76.-98) */
const BOLD_NUMBER = /^\d{1,3}[A-Z]{0,2}(?:\.\d{1,3})*\.?(?:-\d{1,3}[A-Z]{0,2})?$/;

/** A caption: a short name on its own line, not a sentence, not numbered. */
function isCaption(l: Line | undefined): l is Line {
  if (!l || l.listItem || l.inTable || l.linked || l.heading) return false;
  return /^[A-Z]/.test(l.text) && isTitleLike(l.text, 120) && !/[.;:,]$/.test(l.text) && !matchLabel(l.text);
}

/** A section's first paragraph: its number in bold, then its text (or a subsection, a dash). */
function numberLine(l: Line | undefined): l is Line {
  if (!l || l.listItem || l.linked || l.bold) return false;
  const lead = l.boldLead.trim();
  return BOLD_NUMBER.test(lead) && /^[A-Z(—–-]/.test(l.text.slice(l.text.indexOf(lead) + lead.length).trim());
}

/** The section whose caption is line `i`, its number line right below it: the candidate, or null. */
export function captionedSection(lines: Line[], i: number): Candidate | null {
  const caption = lines[i];
  const num = lines[i + 1];
  if (!isCaption(caption) || !numberLine(num)) return null;
  const label = num.boldLead.trim();
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
  const label = line.boldLead.trim();
  return {
    kind: 'numbered',
    style: 'en-section',
    line,
    joined: [],
    label: { style: 'en-section', label, value: parseInt(label, 10), rest: '' },
    rest: '',
  };
}

/** The history a consolidation prints after a section ("Section Amendments with date in force"): no heading. */
const HISTORY = /^(?:section |schedule )?amendments?\b/i;

export const isHistoryHeading = (text: string) => HISTORY.test(text.trim());

/**
 * A caption-like line right above a captioned section: a cross-heading over it ("Purposes, Definitions and
 * Interpretation" / "Purposes" / 1 …). Two stacked captions could also be a section's and its subsection (1)'s; the
 * cross-heading is the commoner reading.
 */
export function isCrossAboveCaption(lines: Line[], i: number): boolean {
  const l = lines[i];
  return isCaption(l) && !HISTORY.test(l.text) && !!captionedSection(lines, i + 1);
}
