/** Who a CSL item names as its author: the issuer of an official document, or a byline that is a real name. */

export type CslName = { literal: string } | { family: string; given: string };

/** A CMS user id ("104363"), a handle or a bare date is no author: a byline must hold a word. */
export function isName(s: string): boolean {
  return /\p{L}{2,}|\p{Script=Han}/u.test(s) && !/^(admin|administrator|editor|user\d*|匿名|佚名)$/i.test(s.trim());
}

/** Words that make an English byline an organisation ("The Editorial Board", "BBC News"), kept whole. */
const ORG =
  /\b(the|board|office|department|ministry|team|staff|agency|committee|council|government|parliament|news|press|desk|reporters?|editors?|service|group|institute|association|university|commission|authority|inc|ltd|llc)\b/i;
/** One English personal name: two or three capitalised words ("Jane Smith", "Mary-Ann K. Lee"). */
const PERSON = /^(\p{Lu}[\p{L}'’-]*\.?)(?: (\p{Lu}[\p{L}'’-]*\.?))? (\p{Lu}[\p{L}'’-]+)$/u;

/**
 * A byline as CSL names. English personal names are split into family and given, so GB/T 7714 prints "SMITH J"
 * and APA "Smith, J."; everything else (Chinese bylines such as "记者 张三", organisations) stays one literal,
 * which is never split wrongly.
 */
export function bylineNames(byline: string): CslName[] {
  const b = byline
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/\s+/g, ' ');
  if (!b || !isName(b)) return [];
  if (/\p{Script=Han}/u.test(b) || ORG.test(b)) return [{ literal: b }];
  const parts = b.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
  const people = parts.map((p) => PERSON.exec(p));
  if (people.every(Boolean)) return people.map((m) => ({ family: m![3]!, given: [m![1], m![2]].filter(Boolean).join(' ') }));
  return [{ literal: b }];
}

/**
 * A site name that is only an address ("127.0.0.1", "localhost:8080", "www.example.com", "example.gov.cn": what is
 * left when a page names no site) names no publication; "GOV.UK" or "Salon.com" are names and stay.
 */
export const isHostName = (s: string): boolean =>
  /^(\d{1,3}(\.\d{1,3}){3}|localhost|\[[\da-f:]+\]|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d+)?$/.test(s.trim()) || /^www\.\S+$/i.test(s.trim());
