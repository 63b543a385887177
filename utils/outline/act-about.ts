/**
 * A text about an Act rather than the Act itself: an agency's summary that goes through the Act's Titles, or a
 * proposed rule whose last pages quote the one section it amends (`§ 39.13 [Amended]`). Its own unnumbered heads
 * (Background, Technical Amendments …) carry it; the Act's labels are only a few among them, and it has fewer than
 * two provisions (sections, articles) of its own. Such a part is outlined as any other document, not as an Act whose
 * bold lines are cross-headings over sections.
 */
import type { Candidate } from './classify';

const PROVISIONS = new Set(['en-section', 'en-article', 'en-code']);

export function aboutAnAct(cands: Candidate[]): boolean {
  const units = cands.filter((c) => c.style.startsWith('en-'));
  if (!units.length || units.filter((c) => PROVISIONS.has(c.style)).length >= 2) return false;
  const heads = cands.filter((c) => (c.kind === 'htag' || c.kind === 'bold') && !c.endMatter).length;
  return heads >= 3 && heads > units.length * 2;
}
