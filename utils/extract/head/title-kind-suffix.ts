/**
 * A legislation site's `<title>` and masthead may give a law only its short name (`Filming - Open By-laws South
 * Africa`, an h1 `Filming`) while the document's own heading prints its full name: the short name, its kind and its
 * year (`Filming By-law, 2005`, `Noise Control Regulations 2011`). The full name is the title.
 */
const KIND_YEAR = /^,?\s+(?:By-laws?|Bylaws?|Act|Regulations?|Ordinance|Rules|Order|Code)(?:,?\s+\d{4})?$/;

/** The heading that prints `short` with its kind and year after it, else `short`. */
export function withKindSuffix(short: string, headings: string[]): string {
  return headings.find((h) => h.startsWith(short) && KIND_YEAR.test(h.slice(short.length))) ?? short;
}
