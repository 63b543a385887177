/**
 * A code section's caption is often several phrases joined by dashes (`Board - Chair, Vice-Chair - Powers and
 * Duties - Annual Report`), which reads like `title - channel - site`. When the page prints the whole `<title>` in
 * its body (here after the section's number), the dashes are the caption's own and no part of it is a site's name.
 * Of two segments (书记市长这一周 | 奋马扬鞭…: a column's name and the headline) only a line of its own that prints
 * them whole counts: the headline block, not a sentence or a footer quoting the page's title.
 */
import { squash } from '../../dom/blocks';

const HIDDEN = new Set(['TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when the body's visible text holds `title` whole; asked only of a title of two or more `segments`. */
export function printsWholeTitle(doc: Document, title: string, segments: number): boolean {
  const t = squash(title);
  if (segments < 2 || !doc.body || t.length > 300) return false;
  // squash only folds whitespace, so a text node that squashes to `t` holds t's longest word as it is: a cheap test
  // first (a big law has tens of thousands of text nodes, and squashing each was a fifth of its outline preview)
  const word = t.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  // that word is whole inside one text node, so the body's text (one native read) holds it if any node does: most
  // <title>s with a site name in them are printed nowhere, and then no node need be visited
  if (!(doc.body.textContent ?? '').includes(word)) return false;
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (HIDDEN.has(parent?.tagName ?? '')) continue;
    const text = n.nodeValue ?? '';
    if (segments >= 3) parts.push(text);
    else if (text.includes(word) && squash(text) === t && squash(parent?.textContent ?? '') === t && !parent?.closest('a')) return true;
  }
  return segments >= 3 && squash(parts.join(' ')).includes(t);
}
