/**
 * Lines that look like heads but are a page's furniture: a contact card's fields (**Toll-free:** 1-888-…, **Website:**
 * https://…, **Email:** …), a bold label with its colon over a short value that says no sentence; and a disclosure
 * toggle set in a heading tag (an accordion's "More", "Show more", "Read more"), which names no section.
 */
import type { Line } from './blocks';

/** the value after a field's label: short, and no sentence (a number, an address, a name) */
const MAX_VALUE = 60;
const SENTENCE_END = /[.!?。！？]$/;

/** A bold label ending in a colon, then a short value that is no sentence: a field, not a run-in head. */
export function isFieldLead(line: Line): boolean {
  const lead = line.boldLead.trim();
  if (!/[:：]$/.test(lead) || line.bold) return false;
  const value = line.text.slice(line.text.indexOf(lead) + lead.length).trim();
  return !!value && value.length <= MAX_VALUE && !SENTENCE_END.test(value);
}

const TOGGLE = /^(?:(?:read|show|see|view|learn) )?(?:more|less)$|^(?:show|view|see) all$|^(?:expand|collapse)(?: all)?$/i;

/** A heading tag that is only a disclosure toggle's word ("More", "Show less", "Expand all"). */
export function isToggleHeading(line: Line): boolean {
  return (
    line.heading > 0 &&
    TOGGLE.test(
      line.text
        .replace(/[\s\u00a0]+/g, ' ')
        .replace(/[+»›>…\s-]+$/, '')
        .trim(),
    )
  );
}
