/**
 * Readability drops style and align attributes, yet centring and bold are how policy documents set their titles
 * and headings (a 注释 label may differ from the text around it only by its 楷体). Before it runs, record them as data
 * attributes it keeps; the outline reads them, stripMarks removes them.
 */
import { MARK_BOLD, MARK_CENTER, MARK_FACE } from '../../dom/marks';
import { typefaceOf } from '../../dom/typeface';
import type { BodyContext, Pass } from '../context';

const CENTER = /text-align\s*:\s*center/i;
const BOLD = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;

export function markPresentation(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[style], [align], font[face]'))) {
    const style = el.getAttribute('style') ?? '';
    const face = typefaceOf(el);
    if (face) el.setAttribute(MARK_FACE, face);
    if (CENTER.test(style) || (el.getAttribute('align') ?? '').toLowerCase() === 'center') el.setAttribute(MARK_CENTER, '');
    if (BOLD.test(style)) el.setAttribute(MARK_BOLD, '');
    if (el.tagName === 'DIV' && (el.hasAttribute(MARK_CENTER) || el.hasAttribute(MARK_BOLD))) keepOnParagraph(el);
  }
}

// Readability's phrasing content (its PHRASING_ELEMS; A, DEL and INS when all inside is phrasing)
const PHRASING = new Set(
  'ABBR AUDIO B BDO BR BUTTON CITE CODE DATA DATALIST DFN EM EMBED I IMG INPUT KBD LABEL MARK MATH METER NOSCRIPT OBJECT OUTPUT PROGRESS Q RUBY SAMP SCRIPT SELECT SMALL SPAN STRONG SUB SUP TEXTAREA TIME VAR WBR'.split(
    ' ',
  ),
);
const phrasing = (n: Node): boolean =>
  n.nodeType === 3 ||
  (n.nodeType === 1 &&
    (PHRASING.has((n as Element).tagName) || (/^(A|DEL|INS)$/.test((n as Element).tagName) && Array.from(n.childNodes).every(phrasing))));
const blank = (n: Node) => n.nodeType === 3 && !(n.nodeValue ?? '').trim();

/**
 * Readability wraps a <div> of phrasing content (<div align=center><b>标题</b></div>) in a new <p> and puts the <p> in
 * the div's place, so the div's marks were lost and a centred head read as a plain line. The same <p>, made here with
 * the div's marks, is what Readability keeps.
 */
function keepOnParagraph(div: Element): void {
  const kids = Array.from(div.childNodes);
  const first = kids.findIndex((n) => !blank(n));
  const last = kids.length - 1 - [...kids].reverse().findIndex((n) => !blank(n));
  if (first < 0 || !kids.every(phrasing) || (kids[first] as Element).tagName === 'BR' || (kids[last] as Element).tagName === 'BR') return;
  const p = div.ownerDocument.createElement('p');
  for (const m of [MARK_CENTER, MARK_BOLD, MARK_FACE]) if (div.hasAttribute(m)) p.setAttribute(m, div.getAttribute(m) ?? '');
  div.insertBefore(p, kids[first]!);
  for (const n of kids.slice(first, last + 1)) p.appendChild(n);
}

export const presentation: Pass<BodyContext> = {
  name: 'presentation',
  fixture: 'zh-law-in-notice',
  marks: [MARK_CENTER, MARK_BOLD, MARK_FACE],
  run: (ctx) => markPresentation(ctx.body),
};
