/**
 * What the page's own headings say about its `<title>`. The site's logo is often a heading (`<h2>Occupational
 * Safety and Health Administration</h2>` in the top bar) whose text closes the `<title>` after a separator: that
 * segment is the site's name, whatever words it uses.
 *
 * The page's one visible `<h1>` against the CMS's title field. The field is typed once and often left behind: it
 * keeps last year's edition (`… taxes in 2024` over an `<h1>` that says 2025) or holds only the document's number
 * (`2017-3` for `Official Opinion 2017-3`). Where the field is such a copy of the `<h1>`, the page prints the title.
 */
import { squash } from '../../dom/blocks';
import { headingText } from './headlines';

// Menus and footers by their elements only: a class word (`js-menu-screen-overlay`) may wrap the whole page.
const CHROME = 'nav, footer, a, [role="navigation"]';
const inChrome = (h: Element) => !!h.closest(CHROME) || (!!h.closest('header') && !h.closest('main, article'));

// A line set under the headline as a line of its own: a heading, or a block that is one bold run.
const isHeadLine = (e: Element) =>
  /^H[2-6]$/.test(e.tagName) ||
  (/^(?:P|DIV)$/.test(e.tagName) &&
    e.children.length === 1 &&
    e.firstElementChild!.matches('b, strong') &&
    squash(e.textContent ?? '') === squash(e.firstElementChild!.textContent ?? ''));

/**
 * The text of the page's only `<h1>` outside its menus, page header and footer; '' when it has none or several. The
 * lines set right under it that start in lower case (`of parliamentary terms`) go on its line: they continue it.
 */
export function readPageH1(doc: Document): string {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !inChrome(h) && squash(h.textContent ?? ''));
  if (h1s.length !== 1) return '';
  const lines = [headingText(h1s[0]!)];
  for (let e = h1s[0]!.nextElementSibling; e && isHeadLine(e) && /^\p{Ll}/u.test(headingText(e)); e = e.nextElementSibling) {
    lines.push(headingText(e));
  }
  return lines.join(' ');
}

// A logo is a link home or says it is one; a plain headline that closes the <title> (某某县人民政府 | 某某县…公报,
// the site's name first) is the document's title.
const LOGO_WORD = /logo|brand|site-?(?:name|title)/i;
function isLogo(h: Element): boolean {
  const link = h.querySelector('a') ?? h.closest('a');
  if (link && squash(link.textContent ?? '') === squash(h.textContent ?? '')) return true;
  for (let e: Element | null = h; e && e !== h.ownerDocument.body; e = e.parentElement) {
    if (LOGO_WORD.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) return true;
  }
  return false;
}

/** The `<title>`'s last segment (after `|`, ` - `, `_`…) when the page prints it as a heading of its own: the site's name. */
export function logoName(doc: Document, lastSegment: string): string {
  if (lastSegment.length < 4) return '';
  const same = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .slice(0, 40)
    .filter((h) => squash(h.textContent ?? '') === lastSegment);
  // a template that fills its logo slot with the page's title prints that title again as the article's headline:
  // then it is the document's, not the site's name
  return same.some(isLogo) && !same.some((h) => !isLogo(h) && !inChrome(h)) ? lastSegment : '';
}

const digitsMasked = (s: string) => s.replace(/\d+/g, '0');

/** What else the page says beside its one `<h1>`: the `<title>`'s segments, and whether it prints a line on its own. */
export interface H1Context {
  segments: string[];
  printed: (line: string) => boolean;
}

// One Latin word as the whole title field (Glossary): a kind of page, not the name of this one.
const ONE_WORD = /^[A-Za-z]+$/;

/**
 * The `<h1>` when `title` is an older edition of it (only its numbers differ) or its last words alone; else `title`.
 * The `<h1>` also names the document over a part of it or a kind of page: a chapter the `<title>` names beside the
 * `<h1>` (`GLOSSARY OF TERMS - <h1>`), the `<h1>` plus the name of a tab the page prints on its own line (`<h1>
 * Glossary`), or a bare word. And it names it in full where the title holds only its first line.
 */
export function visibleEdition(title: string, h1: string | undefined, ctx?: H1Context): string {
  if (!h1 || h1 === title || h1.length > 200 || title.length < 4) return title;
  if (/\d/.test(title) && digitsMasked(h1) === digitsMasked(title)) return h1;
  if (ctx && ctx.segments.length >= 2 && ctx.segments.includes(title) && ctx.segments.includes(h1)) return h1;
  if (ctx && title.startsWith(`${h1} `) && ctx.printed(title.slice(h1.length + 1))) return h1;
  // the title field holds the headline's first line only (`Glossary` of `Glossary of parliamentary terms`)
  if (h1.startsWith(`${title} `) && /^\p{Ll}/u.test(h1.slice(title.length + 1))) return h1;
  if (ONE_WORD.test(title) && h1.length > title.length && !h1.includes(title)) return h1;
  // the title field holds the end of the headline: its number or short name, after whole words
  return h1.endsWith(` ${title}`) ? h1 : title;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** `heading` prints the whole `<title>`: the same words, whatever the case and the separators between them. */
export const printsTitle = (heading: string, title: string): boolean => !!heading && words(heading) === words(title);

/**
 * The `<h1>` with the headings set right under it as its further lines (`Glossary` / `of parliamentary terms` /
 * `for intermediate students`), joined; '' when nothing follows it.
 */
export function readH1Block(doc: Document): string {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !inChrome(h) && squash(h.textContent ?? ''));
  if (h1s.length !== 1) return '';
  const lines = [headingText(h1s[0]!)];
  for (let e = h1s[0]!.nextElementSibling; e && isHeadLine(e); e = e.nextElementSibling) lines.push(headingText(e));
  return lines.length > 1 ? lines.join(' ') : '';
}
