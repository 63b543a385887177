/**
 * Links in a line, for telling headings from link lists. A notice's 附件 list prints `2.<a>某某实施细则.pdf</a>`: the
 * number is not a tier of the notice, the line is a download link (issue 18's 附件 e2e showed it as an entry under 二、).
 */

const FILE_PATH = /\.(pdf|docx?|wps|xlsx?|et|zip|rar|7z|ofd|ceb)$/i;
/** what may stand beside such a link on its line: a list number or a 附件 label, nothing that reads as a title */
const LIST_MARK = /^(附件\s*[0-9０-９]{0,2}\s*[:：]?\s*)?([0-9０-９]{1,2}\s*[.、．]|[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[)）])?$/;

export type LinkKind = 'page' | 'file' | null;

/** Inside a link to another page or file; a heading linked to its own anchor (<h2><a href="#s1">) is not. */
export function linkKind(el: Element | null, stop: Element): LinkKind {
  for (let e = el; e && e !== stop; e = e.parentElement) {
    if (e.tagName !== 'A') continue;
    const href = e.getAttribute('href')?.trim() ?? '';
    if (/^(#|$)/.test(href)) return null;
    const path = href.split(/[?#]/)[0] ?? '';
    return FILE_PATH.test(path) || e.hasAttribute('download') ? 'file' : 'page';
  }
  return null;
}

export interface LinePart {
  text: string;
  link: LinkKind;
}

/** A line that is wholly a link, or a file link behind no more than its list number: never a heading. */
export function isLinkLine(parts: LinePart[]): boolean {
  if (parts.every((p) => p.link || !p.text.trim())) return true;
  if (!parts.some((p) => p.link === 'file' && p.text.trim())) return false;
  const outside = parts
    .filter((p) => !p.link)
    .map((p) => p.text)
    .join('')
    .replace(/[\s\u00a0\u3000]+/g, '');
  return LIST_MARK.test(outside);
}
