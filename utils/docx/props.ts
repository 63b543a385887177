/**
 * A Word file's core properties (docProps/core.xml): the title and the creator Word keeps beside the text. Both are
 * often stale (a template's title, the person who last saved it), so they are used only where the text bears them
 * out (./document.ts, ./page.ts).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxProps {
  title: string;
  creator: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function field(xml: string, tag: string): string {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return m ? unescape(m[1]!).replace(/\s+/g, ' ').trim() : '';
}

/** The properties, '' for each the file does not hold (or when it is no zip). */
export function docxProps(bytes: Uint8Array): DocxProps {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
    const xml = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '';
    return { title: field(xml, 'dc:title'), creator: field(xml, 'dc:creator') };
  } catch {
    return { title: '', creator: '' };
  }
}

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * The properties' title when the cover prints it before the first heading (set over two styled lines, say, that no
 * heading style marks): a truer title than the first heading (About this document), '' otherwise.
 */
export function coverTitle(body: HTMLElement, title: string): string {
  const first = body.querySelector('h1, h2');
  if (!first || squash(title).length < 8) return '';
  let before = '';
  for (const el of Array.from(body.querySelectorAll('p, td, th'))) {
    if (first.compareDocumentPosition(el) & 4 /* el follows the heading */) break;
    if (el.tagName === 'P') before += el.textContent ?? '';
  }
  return squash(before).includes(squash(title)) ? title : '';
}
