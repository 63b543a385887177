/**
 * An amending Act's Schedule is set out in numbered items, each a plain paragraph of its own: a number, a wide gap, and
 * the provision it amends or a caption ("1  Subsection 5(1) (definition of marriage)", "7  Part III of the Schedule
 * (table item 1)", "8  Application—ministers of religion"), the item's text below it (Australian Acts and bills).
 * Inside a Schedule such a line is an item's head however long its caption runs; elsewhere a bare number before a
 * long line is not trusted (classify). An amendment sheet's amendment (amendments.ts) holds the items it substitutes.
 */
import type { Candidate } from './classify';
import type { Label } from './labels';

const UNITS = /^en-(?:schedule|amend|part|chapter|title|division)$/;

export function isScheduleItem(lab: Label, before: Candidate[]): boolean {
  if (lab.style !== 'ar-space') return false;
  const r = lab.rest.trim();
  if (!/^[A-Z]/.test(r) || r.length > 100 || /[.;:,]\s|[.;:,!?]$/.test(r)) return false;
  for (let i = before.length - 1; i >= 0; i--) {
    const style = before[i]!.style;
    if (UNITS.test(style)) return style === 'en-schedule' || style === 'en-amend';
  }
  return false;
}
