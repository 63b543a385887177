/**
 * A law library's page of an enacted law opens its title with the law's number (`D.C. Law 1-24. …`, `D.C. Act 21-1.
 * …`, `Public Law 117-58 …`): the number it is cited by. Its enacting clause (`BE IT ENACTED BY THE COUNCIL OF THE
 * DISTRICT OF COLUMBIA, That …`) names the body that enacted it — an issuer only once the law has its number, since a
 * bill prints the same words before anyone has enacted it.
 */
// (a city's ordinance or resolution: `Ord. No. 2019-1. An Emergency Ordinance …`, `Resolution No. 2020-14 …`)
const LAW_NUMBER =
  /^((?:(?:[A-Z]\.){1,3}|Public|Private|Pub\.)\s+(?:Law|Act|L\.)\s+\d{1,3}-\d{1,4}|(?:Ord\.|Ordinance|Res\.|Resolution)\s+No\.\s*\d{1,4}(?:-\d{1,4})?)(?=[.:,\s]|$)/;
const ENACTED_BY = /^Be it enacted by the ([A-Za-z][A-Za-z ,.'’-]{3,80}?)(?:,\s*|\s+)that\b/i;
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

/**
 * The enacted law's number from its title, and the body its enacting clause names ('' for each when none). `lines`
 * is asked for only when the title carries such a number (the body's lines are a walk over a big law).
 */
export function readEnactedLaw(title: string, lines: () => string[]): { docNumber: string; issuer: string } {
  const docNumber = LAW_NUMBER.exec(title.trim())?.[1] ?? '';
  if (!docNumber) return { docNumber, issuer: '' };
  const body = lines()
    .slice(0, 400)
    .map((l) => ENACTED_BY.exec(l)?.[1])
    .find(Boolean);
  return { docNumber, issuer: body ? nameCase(body.trim()) : '' };
}

/** COUNCIL OF THE DISTRICT OF COLUMBIA → Council of the District of Columbia; a name in mixed case stays as printed. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name.replace(/^the\s+/i, '');
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
