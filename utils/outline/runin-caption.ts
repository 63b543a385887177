/**
 * A section's caption run in before its text and set in title case, as presidential memoranda and orders print them:
 * "Sec. 4.  Responsibly Harnessing AI to Achieve National Security Objectives.  (a) It is the policy…",
 * "3.1.  Promoting Progress, Innovation, and Competition in United States AI Development.  (a) …". A sentence
 * ("The Code is amended by adding…") is not title case, so it has none.
 */

const SMALL = new Set(['and', 'or', 'of', 'the', 'to', 'in', 'for', 'on', 'a', 'an', 'with', 'by', 'at', 'from', 'into', 'nor']);

function titleCase(caption: string): boolean {
  const words = caption.split(/[\s\u00a0]+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && /^[A-Z]/.test(words[0]!) && words.every((w) => /^[^\p{Ll}]/u.test(w) || SMALL.has(w.toLowerCase()));
}

/** The run-in title-case caption that opens `rest` and is followed by its text, or ''. */
export function runInCaption(rest: string): string {
  const m = /^([A-Z][^.;:!?]{1,150}?)\.[\s\u00a0]+\S/.exec(rest.trim());
  return m && titleCase(m[1]!) ? m[1]!.trim() : '';
}
