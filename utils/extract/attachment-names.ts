/** The name a page prints for one of its 附件 (./attachments.ts): the link's text, a label before it, its title, its file name. */

export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export const LABEL = /附\s*件/;
/** "附件1：", "附件：", "附件 2." — a label just before the link names it */
export const LABEL_BEFORE = /附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:．.、]?\s*$/;
/** "附件1：" or a list number ("附件：1.", "2.") just before the link: part of the name the notice gives it */
const PREFIX_BEFORE = /(附\s*件\s*[0-9０-９一二三四五六七八九十]+\s*[：:．.、]?\s*|[0-9０-９]{1,2}\s*[．.、]\s*)$/;
/** link texts that name an action, not the file */
const GENERIC =
  /^(点击)?(此处)?(下载|查看|打开|预览)(附件|全文|文件)?$|^(附件|全文|文件)(下载|查看)$|^(pdf|word|docx?|wps|excel|xlsx?|zip|download)(版|格式|文件)?$/i;
export const SIZE = /\s*[（(]\s*((pdf|docx?|wps|xlsx?|zip)\s*[,，、]?\s*)?\d+(\.\d+)?\s*[KMG]i?B?\s*[)）]\s*$/i;
const EXT_SUFFIX = /\s*[（(]?\s*\.?(pdf|docx|doc|wps|xlsx|xls|zip)(版|格式)?\s*[)）]?\s*$/i;

export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The text printed just before the link on its line: siblings back to another link, a line break or a block. */
export function textBefore(a: Element): string {
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
export function nameOf(a: Element, u: URL): { name: string; printed: boolean } {
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
