/** The headlines a reader sees near the body, read before Readability: the title's visible candidates. */
import { squash } from '../../dom/blocks';
import { isInfoLine } from '../passes/chrome-cleanup';
import { isFurnitureText } from '../passes/wechat-furniture';

// Where a page's visible headline sits, most prominent first; menus, headers and footers hold none.
const HEADLINE = ['h1', '[class*="title" i]:not(head *), [id*="title" i]', 'h2', 'h3', 'h4, h5, h6'];
const CHROME = 'nav, footer, a, [class*="nav" i], [class*="menu" i]';
const CJK = /[\u3400-\u9fff]/;

/**
 * The headline's text. A Chinese headline with its English translation on the next line (a journal's title block)
 * is the Chinese line; a Chinese title broken over lines is joined.
 */
export function headlineText(el: Element): string {
  const kept = brLines(el);
  const cjk = kept.filter((l) => CJK.test(l));
  return joinLines(cjk.length && cjk.length < kept.length && CJK.test(kept[0]!) ? cjk : kept);
}

/** The element's text split at its `<br>`s, each line squashed, blank ones dropped. */
function brLines(el: Element): string[] {
  const lines: string[] = [''];
  const walk = (n: Node) => {
    if (n.nodeType === 3) lines[lines.length - 1] += n.nodeValue ?? '';
    else if ((n as Element).tagName === 'BR') lines.push('');
    else n.childNodes.forEach(walk);
  };
  walk(el);
  return lines.map(squash).filter(Boolean);
}

/** Lines of one heading joined: Chinese runs on, Latin words keep their space (2011 ANNUAL REPORT / STATUTES …). */
const joinLines = (lines: string[]) => lines.reduce((a, l) => a + (a && !CJK.test(a.slice(-1)) && !CJK.test(l[0]!) ? ' ' : '') + l, '');

/** A heading's text with its `<br>` lines joined as they read (see joinLines). */
export const headingText = (el: Element): string => joinLines(brLines(el));

/** Texts of the page's headline candidates (no links inside, not in chrome), most prominent first. */
export function readHeadlines(doc: Document): string[] {
  const out: string[] = [];
  let dated = '';
  for (const sel of HEADLINE) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 20)) {
      if (el.closest(CHROME) || el.querySelector('a, img, table, ul, ol, p + p')) continue;
      const text = headlineText(el);
      if (text && !out.includes(text)) out.push(text);
      // the heading the article's info line (发布时间：… 来源：…) sits under is the article's, whatever its tag
      if (text && !dated && isInfoLine(squash(el.nextElementSibling?.textContent ?? ''))) dated = text;
    }
  }
  if (dated) (out.splice(out.indexOf(dated), 1), out.unshift(dated));
  const centred = centredTitle(doc);
  if (centred && !out.includes(centred)) out.splice(out.length - lower(doc, out), 0, centred);
  return out.slice(0, 20);
}

const CENTRED = 'p[align="center" i], div[align="center" i], p[style*="center" i], div[style*="center" i]';

/** An image's caption: the centred line right under a picture (大会开幕式), not a title. */
const isCaption = (e: Element) => {
  const prev = e.previousElementSibling;
  return !!prev && (prev.matches('img, figure') || (!!prev.querySelector('img') && !squash(prev.textContent ?? '')));
};

/** The first centred line of the body, joined with the next when the title is set over two lines. */
function centredTitle(doc: Document): string {
  // a WeChat follow prompt (点击上方蓝字关注…) is centred above the title, not part of it
  const first = Array.from(doc.querySelectorAll(CENTRED)).find(
    (e) => !e.closest(CHROME) && !e.querySelector('a, img, table, p, div') && !isFurnitureText(e.textContent ?? '') && !isCaption(e),
  );
  if (!first) return '';
  const next = first.nextElementSibling;
  const line = (e: Element | null) => squash(e?.textContent ?? '');
  const two = next?.matches(CENTRED) && !next.querySelector('a, img, table') && line(next).length <= 40 ? line(next) : '';
  return line(first).length <= 60 ? line(first) + two : '';
}

/** How many of the candidates come from h2–h6 (the centred line ranks above them). */
function lower(doc: Document, out: string[]): number {
  const minor = new Set(Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'), (e) => squash(e.textContent ?? '')));
  let n = 0;
  for (let i = out.length - 1; i >= 0 && minor.has(out[i]!); i--) n++;
  return n;
}
