/**
 * A code section's caption is often several phrases joined by dashes (`Board - Chair, Vice-Chair - Powers and
 * Duties - Annual Report`), which reads like `title - channel - site`. When the page prints the whole `<title>` in
 * its body (here after the section's number), the dashes are the caption's own and no part of it is a site's name.
 */
import { squash } from '../../dom/blocks';

const HIDDEN = new Set(['TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when the body's visible text holds `title` whole; asked only of a title of three or more `segments`. */
export function printsWholeTitle(doc: Document, title: string, segments: number): boolean {
  const t = squash(title);
  if (segments < 3 || !doc.body || t.length > 300) return false;
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!HIDDEN.has(n.parentElement?.tagName ?? '')) parts.push(n.nodeValue ?? '');
  }
  return squash(parts.join(' ')).includes(t);
}
