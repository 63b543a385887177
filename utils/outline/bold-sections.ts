/**
 * Acts printed by some Government Printers (Zimbabwe, Botswana, Kenya …) set each section's number and caption
 * together on one bold line, no period after the number ("**4 Establishment of Consumer Protection Commission**"),
 * the section's text on the lines below. Inside an Act's Parts such a line is a section whatever its caption's length
 * (a bare number before a long line is not trusted elsewhere: classify).
 */
import type { Line } from './blocks';
import { isTitleLike } from './heads';
import type { Label } from './labels';

export function boldSectionLabel(line: Line, lab: Label | null, inAct: boolean): Label | null {
  if (!inAct || !lab || lab.style !== 'ar-space' || !line.bold || line.heading || line.listItem) return null;
  const r = lab.rest.trim();
  if (!/^[A-Z]/.test(r) || !isTitleLike(r, 120) || /[.;:]\s|[.;:,!?]$/.test(r)) return null;
  return { ...lab, style: 'en-section' };
}
