/**
 * A boxed aside's caption set bold on a line of its own: `Note: Waiving Publication`, `Tip: Bring two copies`. It
 * heads the box, not a section of the text, and the steps after the box go on under the heading they were under.
 * (A bare `NOTE:` in a heading tag stays a heading: ./classify.)
 */
const ASIDE = /^(?:Note|NOTE|Tip|TIP|Important|IMPORTANT|Warning|WARNING|Caution|CAUTION)\s*[:：]\s*\S/;

export const isAsideCaption = (text: string): boolean => ASIDE.test(text.trim());
