/**
 * A `<title>` holding only the site's owner (某某研究所, 某某学校) while the page's headline, in whatever heading tag
 * or title block, opens with that very name and goes on to say what happened or what the document is
 * (某某研究所召开干部职工大会…): the owner's name is the site's, the headline the document's. Sites of institutes,
 * schools and bureaus print their own name as every page's `<title>` this way.
 */
import { squash } from '../../dom/blocks';

// what may follow the owner's name in its headline: words, not a separator, a date or a bracketed note
const GOES_ON = /^[\u4e00-\u9fa5《“]/;

/** The headline that opens with the whole one-segment `<title>` and goes on in words (four or more), or ''. */
export function ownerHeadline(title: string, headlines: string[]): string {
  const t = squash(title);
  if (t.length < 4 || /[\s_|｜\-–—]/.test(t)) return '';
  for (const h of headlines.map(squash)) {
    const rest = h.slice(t.length);
    if (h.startsWith(t) && h.length <= 200 && rest.length >= 4 && GOES_ON.test(rest)) return h;
  }
  return '';
}
