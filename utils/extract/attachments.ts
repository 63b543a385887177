/**
 * A notice's 附件: links in the page whose target is a document file (by its address, its `download` name or its
 * printed name) or that a 附件 label introduces, with the name the page prints for them, absolute, deduplicated, in
 * document order. Read on the live page (nothing is changed) by the extraction script, so a clip's result carries
 * them and the popup can offer them (issue 18). Site furniture (navigation, header, footer, sidebars) is skipped:
 * what is left on a notice page is its body and the 附件 list printed after it.
 */
import type { AttachmentKind, AttachmentLink } from '../model';
import { decode, LABEL, LABEL_BEFORE, nameOf, SIZE, squash, textBefore } from './attachment-names';

const EXT = /\.(pdf|docx|doc|wps|xlsx|xls|zip)$/i;
/** a PDF or Word file goes through the file reader; so does a 附件 of unknown type (a download servlet): its bytes decide */
const CLIPPABLE: ReadonlySet<AttachmentKind> = new Set(['pdf', 'docx', 'unknown']);
export const MAX_ATTACHMENTS = 50;

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = /^(navigation|banner|contentinfo|complementary)$/i;
const CHROME_NAMES = /(^|[-_\s])(nav|navbar|menu|footer|header|sidebar|breadcrumbs?|crumbs?|share|friendlinks?)([-_\s]|$)/i;

function kindOfName(name: string): AttachmentKind | null {
  const m = EXT.exec(name.trim());
  return m ? (m[1]!.toLowerCase() as AttachmentKind) : null;
}

/** The file type by the address's path, then by a query value naming a file (`download?file=办法.pdf`). */
function kindOfUrl(u: URL): AttachmentKind | null {
  const byPath = kindOfName(decode(u.pathname));
  if (byPath) return byPath;
  for (const v of u.searchParams.values()) {
    const k = kindOfName(v);
    if (k) return k;
  }
  return null;
}

function inChrome(a: Element): boolean {
  for (let el: Element | null = a.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    if (CHROME_TAGS.has(el.tagName) || CHROME_ROLES.test(el.getAttribute('role') ?? '')) return true;
    if (CHROME_NAMES.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** The page's base address (a <base href> resolved against the page's own). */
function baseOf(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function resolve(raw: string, base: string): URL | null {
  // javascript:, mailto:, data: and the like are never files to fetch
  if (!raw || raw.startsWith('#') || (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw))) return null;
  try {
    const u = new URL(raw, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u;
  } catch {
    return null;
  }
}

export function findAttachments(doc: Document, pageUrl: string): AttachmentLink[] {
  const base = baseOf(doc, pageUrl);
  const self = resolve(pageUrl, pageUrl)?.href;
  const found = new Map<string, AttachmentLink & { printed: boolean }>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const u = resolve(squash(a.getAttribute('href')), base);
    if (!u || u.href === self) continue;
    const text = squash(a.textContent);
    const kind =
      kindOfUrl(u) ??
      kindOfName(squash(a.getAttribute('download'))) ??
      kindOfName(text.replace(SIZE, '')) ??
      kindOfName(squash(a.getAttribute('title'))) ??
      (LABEL.test(text) || LABEL_BEFORE.test(textBefore(a)) ? 'unknown' : null);
    // (the ancestors are walked only for the few links that name a file)
    if (!kind || inChrome(a)) continue;
    const { name, printed } = nameOf(a, u);
    const seen = found.get(u.href);
    // the same file linked twice (an icon and its name, a list repeated): one entry, named by its printed name
    if (seen) {
      if (!seen.printed && printed) Object.assign(seen, { name, printed });
      continue;
    }
    if (found.size >= MAX_ATTACHMENTS) break;
    found.set(u.href, { url: u.href, name, kind, clippable: CLIPPABLE.has(kind), printed });
  }
  return [...found.values()].map(({ printed: _, ...link }) => link);
}
