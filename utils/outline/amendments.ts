/**
 * An amendment sheet moves changes to a bill, each a numbered paragraph that finds its place by the bill's page and
 * line before it says what to do: "(1) Schedule 2, items 4 and 5, page 19 (lines 6 to 9), omit the items,
 * substitute:" (the Australian Parliament's sheets), "3 Clause 5, page 3, line 10, leave out …" (Westminster), "(2) On
 * page 3, line 5, strike …" (US floor amendments). Each is a head of the sheet, titled by its instruction up to the
 * colon, and the items it substitutes ("4  Subsection 170(3)") are items under it (schedule-items.ts).
 */
import type { Label } from './labels';

const NUMBERED = new Set(['ar-paren', 'ar-dot', 'ar-space']);
// an optional provision (Schedule 2, items 4 and 5,) then the page and line: "page 19 (lines 6 to 9)", "page 3, line 10"
const PLACE =
  /^(?:(?:Schedule|Clause|Section|Part|Division|Title)\s+\d+[A-Z]*\s*,\s*(?:[^,]{1,60},\s*)?)?(?:on\s+)?page\s+\d+\s*[,(]\s*(?:after\s+|before\s+)?lines?\s+\d+/i;

/** The amendment's label and title ("(1)", "Schedule 2, items 4 and 5, page 19 (lines 6 to 9), omit …"), or null. */
export function amendmentHead(lab: Label): Label | null {
  if (!NUMBERED.has(lab.style) || !PLACE.test(lab.rest)) return null;
  const rest = lab.rest
    .replace(/\s+([,)])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[:：]$/, '')
    .trim();
  return { ...lab, style: 'en-amend', label: lab.label.replace(/\s+/g, ''), rest };
}
