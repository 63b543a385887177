/**
 * A Chinese notice's printed title names its issuers before 关于 (国家发展改革委 国家能源局关于…的通知); the page's
 * <title> and headings often drop them. The title line the document prints is the title, and its issuers are the
 * 发文机关 when nothing labelled says otherwise. A regulator's penalty form names the deciding organ the same way, before
 * 行政处罚信息公开表.
 */
import { squash } from '../../dom/blocks';
import { organs } from './policy-signature';

const ABOUT = /^关于/;

// The title's characters in order, with any whitespace or line break between them (a title set over lines).
const spaced = (title: string) =>
  new RegExp(
    Array.from(title.replace(/\s+/g, ''))
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*'),
    'g',
  );

/** `国家发展改革委 国家能源局关于…` → ["国家发展改革委", "国家能源局"]; [] when the title names no issuers first. */
export function titleIssuers(title: string): string[] {
  // a regulator's penalty form is titled by the organ that decided (某某监管局行政处罚信息公开表)
  const form = FORM.exec(title);
  if (form) return organs(form[1]!.trim()) ?? [];
  const at = title.indexOf('关于');
  if (at < 2) return [];
  return organs(title.slice(0, at).trim()) ?? [];
}

const FORM = /^(.{2,40}?)(?:行政处罚(?:决定)?信息公开表|行政处罚决定书)$/;

/** The organs printed one (or a few) per line right above the title line (a joint notice's red-header block). */
function linesAbove(text: string, lineStart: number): string[] | null {
  const lines = text.slice(0, lineStart).split('\n').map(squash);
  if (lines.at(-1) === '') lines.pop();
  const names: string[] = [];
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
    const o = lines[i] ? organs(lines[i]!) : null;
    if (!o) break;
    names.unshift(...o);
  }
  return names.length ? names : null;
}

/**
 * The title with the issuers its printed line names before it. Only a line that holds nothing but organ names
 * before the title counts: a quoted mention in prose (按照《国家能源局关于…》) or a link (《…》政策解读) does not.
 */
export function withIssuers(title: string, texts: () => string[]): string {
  if (!ABOUT.test(title) || title.length < 8) return title;
  for (const text of texts()) {
    for (const m of text.matchAll(spaced(title))) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = squash(text.slice(lineStart, m.index));
      const names = before ? organs(before) : linesAbove(text, lineStart);
      if (names?.length) return `${names.join(' ')}${title}`;
    }
  }
  return title;
}
