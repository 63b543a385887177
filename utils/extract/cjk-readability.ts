/**
 * Readability that counts, when it decides whether a block inside the article is junk, the same commas its own
 * scoring counts (，among them). Its conditional clean-up (0.6.0, `_cleanConditionally`) spares a block with ten or
 * more commas but counts only ASCII ",": a Chinese passage went through checks English prose skips, and a post body
 * with four photos and its text outside <p> was dropped whole for a "bad p to img ratio".
 */
import { Readability } from '@mozilla/readability';
import { withoutAuthorLookalikes } from './head/byline-roles';

interface Internals {
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
  _getLinkDensity(e: Element): number;
  REGEXPS: { commas: RegExp; byline: RegExp };
}

/** Lists of linked titles with snippets (replies, related posts) are full of ，too: they keep the ASCII count. */
const LINKY = 0.2;

export class CjkReadability<T = string> extends Readability<T> {
  /** Readability's own helper, overridden: only its callers in the conditional clean-up ask about ",". */
  _getCharCount(e: Element, s = ','): number {
    const self = this as unknown as Internals;
    const text = self._getInnerText(e);
    const ascii = text.split(s).length - 1;
    if (s !== ',') return ascii;
    const all = text.match(self.REGEXPS.commas)?.length ?? 0;
    // link density walks the block's links: only when the answer depends on it
    return all === ascii || self._getLinkDensity(e) > LINKY ? ascii : all;
  }

  /**
   * Readability's own byline check, its cheap tests first: it read the whole text of every element it walked (on a
   * page with no byline, the body's, the article's and each paragraph's) before looking at the element's name. A
   * class word such as `authorized` or `authority` is no byline's name (Readability's pattern takes it).
   */
  _isValidByline(node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    const named =
      node.getAttribute('rel') === 'author' ||
      (itemprop && itemprop.includes('author')) ||
      (this as unknown as Internals).REGEXPS.byline.test(withoutAuthorLookalikes(matchString));
    if (!named) return false;
    const length = (node.textContent ?? '').trim().length;
    return !!length && length < 100;
  }

  /** Readability's own measure; an element without links has none, and its whole text (a big law's) is not read for it. */
  _getLinkDensity(e: Element): number {
    if (!e.getElementsByTagName('a').length) return 0;
    return (Readability.prototype as unknown as Internals)._getLinkDensity.call(this, e);
  }

  /** Readability's own test, without building the element's whole text: one character that is not a space is enough. */
  _isElementWithoutContent(node: Node): boolean {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (hasText(el)) return false;
    const kids = el.children.length;
    return !kids || kids === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
  }
}

/** Some text that is not white space under `el` (what `textContent.trim()` would keep). */
function hasText(el: Element): boolean {
  // text and CDATA nodes: the ones textContent joins
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 | 0x8);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\S/.test(n.nodeValue ?? '')) return true;
  return false;
}

/** The pinned Readability still has the helper this class overrides (an upgrade that renamed it fails a test). */
export const overridesReadability = () =>
  ['_getCharCount', '_getLinkDensity', '_isValidByline', '_isElementWithoutContent'].every(
    (name) => typeof (Readability.prototype as unknown as Record<string, unknown>)[name] === 'function',
  );

/** Readability's article, its title and meta guesses, with `content` as an element (see ArticleContext). */
export type ParsedArticle = NonNullable<ReturnType<CjkReadability['parse']>>;

export function parseArticle(doc: Document, cjk: boolean): ParsedArticle | null {
  // CJK text carries several times more meaning per character; Readability's 500-char default drops short notices.
  return new CjkReadability(doc, {
    charThreshold: cjk ? 100 : 500,
    keepClasses: false,
    serializer: (el: Node) => el as unknown as string,
  }).parse();
}
