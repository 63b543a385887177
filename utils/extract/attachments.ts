/**
 * A notice's 附件: links in the page whose target is a document file (by its address, its `download` name or its
 * printed name) or that a 附件 label introduces, with the name the page prints for them, absolute, deduplicated, in
 * document order. Read on the live page (nothing is changed) by the extraction script, so a clip's result carries
 * them and the popup can offer them (issue 18). Site furniture (navigation, header, footer, sidebars) is skipped:
 * what is left on a notice page is its body and the 附件 list printed after it.
 */
import type { AttachmentKind, AttachmentLink } from '../model';

const EXT = /\.(pdf|docx|doc|wps|xlsx|xls|zip)$/i;
/** a PDF or Word file goes through the clip pipeline; a 附件 of unknown type (a download servlet) is tried as a PDF */
const CLIPPABLE: ReadonlySet<AttachmentKind> = new Set(['pdf', 'docx', 'unknown']);
export const MAX_ATTACHMENTS = 50;

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = /^(navigation|banner|contentinfo|complementary)$/i;
const CHROME_NAMES = /(^|[-_\s])(nav|navbar|menu|footer|header|sidebar|breadcrumbs?|crumbs?|share|friendlinks?)([-_\s]|$)/i;
const LABEL = /附\s*件/;
/** "附件1：", "附件：", "附件 2." — a label just before the link names it */
const LABEL_BEFORE = /附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:．.、]?\s*$/;
/** "附件1：" or a list number ("附件：1.", "2.") just before the link: part of the name the notice gives it */
const PREFIX_BEFORE = /(附\s*件\s*[0-9０-９一二三四五六七八九十]+\s*[：:．.、]?\s*|[0-9０-９]{1,2}\s*[．.、]\s*)$/;
/** link texts that name an action, not the file */
const GENERIC =
  /^(点击)?(此处)?(下载|查看|打开|预览)(附件|全文|文件)?$|^(附件|全文|文件)(下载|查看)$|^(pdf|word|docx?|wps|excel|xlsx?|zip|download)(版|格式|文件)?$/i;
const SIZE = /\s*[（(]\s*((pdf|docx?|wps|xlsx?|zip)\s*[,，、]?\s*)?\d+(\.\d+)?\s*[KMG]i?B?\s*[)）]\s*$/i;
const EXT_SUFFIX = /\s*[（(]?\s*\.?(pdf|docx|doc|wps|xlsx|xls|zip)(版|格式)?\s*[)）]?\s*$/i;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function kindOfName(name: string): AttachmentKind | null {
  const m = EXT.exec(name.trim());
  return m ? (m[1]!.toLowerCase() as AttachmentKind) : null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
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

/** The text printed just before the link on its line: siblings back to another link, a line break or a block. */
function textBefore(a: Element): string {
  let out = '';
  for (let n = a.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3) out = (n.textContent ?? '') + out;
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'A' || el.tagName === 'BR' || /^(P|DIV|LI|TD|TR|TABLE|UL|OL|H\d)$/.test(el.tagName)) break;
      out = (el.textContent ?? '') + out;
    }
  }
  return squash(out);
}

function fileName(u: URL): string {
  return decode(u.pathname.split('/').pop() ?? '');
}

const clean = (name: string) => squash(name.replace(SIZE, '').replace(EXT_SUFFIX, '').replace(SIZE, ''));

const BARE_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:．.、]?$/;

/** The printed name, without extension or size; `printed: false` when the page prints none (only "下载", "附件1"). */
function nameOf(a: Element, u: URL): { name: string; printed: boolean } {
  const text = clean(squash(a.textContent));
  const before = textBefore(a);
  if (text && !GENERIC.test(text) && !BARE_LABEL.test(text)) {
    // "附件1：<a>某某实施细则.pdf</a>": the label is part of the name the notice gives it
    const label = !LABEL.test(text) ? PREFIX_BEFORE.exec(before)?.[0] : undefined;
    return { name: label ? `${label.replace(/\s+/g, '')}${text}` : text, printed: true };
  }
  // "附件1：某某实施细则 <a>下载</a>" (only a 附件 line: running text before a link is no name)
  const lead = clean(before.replace(/[：:\s]+$/, ''));
  if (/^附\s*件/.test(lead) && !BARE_LABEL.test(lead)) return { name: lead, printed: true };
  const title = clean(squash(a.getAttribute('title')));
  if (title && !GENERIC.test(title) && !BARE_LABEL.test(title)) return { name: title, printed: true };
  if (text && BARE_LABEL.test(text)) return { name: text, printed: false };
  return { name: clean(fileName(u)) || u.hostname, printed: false };
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
    if (!u || u.href === self || inChrome(a)) continue;
    const text = squash(a.textContent);
    const kind =
      kindOfUrl(u) ??
      kindOfName(squash(a.getAttribute('download'))) ??
      kindOfName(text.replace(SIZE, '')) ??
      kindOfName(squash(a.getAttribute('title'))) ??
      (LABEL.test(text) || LABEL_BEFORE.test(textBefore(a)) ? 'unknown' : null);
    if (!kind) continue;
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
