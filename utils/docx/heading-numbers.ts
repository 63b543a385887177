/**
 * Puts Word's list numbers back before the headings mammoth reads (`Introduction` → `1. Introduction`,
 * `New Technology` → `2.2.1. New Technology`): the outline reads a heading's number from its text. Only paragraphs in
 * a Heading style are numbered — a numbered list item stays mammoth's <ol>. Each heading is matched to the one
 * counted in the XML by its style and text, in order, so a paragraph mammoth reads differently is skipped, not
 * misnumbered.
 */
import type { NumberedParagraph } from './list-numbers';

interface Node {
  type?: string;
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  children?: Node[];
}

function texts(n: Node, out: Node[] = []): Node[] {
  if (n.type === 'text') out.push(n);
  for (const c of n.children ?? []) texts(c, out);
  return out;
}

function paragraphs(n: Node, out: Node[] = []): Node[] {
  if (n.type === 'paragraph') out.push(n);
  else for (const c of n.children ?? []) paragraphs(c, out);
  return out;
}

/** mammoth's transformDocument step: prefixes each Heading-style paragraph's first text with its number. */
export function numberHeadings<T>(document: T, numbered: NumberedParagraph[], headingStyles: Set<string>): T {
  const queue = numbered.filter((p) => headingStyles.has(p.styleId));
  let next = 0;
  for (const p of paragraphs(document as Node)) {
    if (next >= queue.length) break;
    if (!p.styleId || !headingStyles.has(p.styleId)) continue;
    const runs = texts(p);
    const text = runs
      .map((t) => t.value ?? '')
      .join('')
      .replace(/\s+/g, '');
    const at = queue.slice(next, next + 8).findIndex((q) => q.styleId === p.styleId && q.text === text);
    if (at < 0 || !runs[0]) continue;
    const q = queue[next + at]!;
    runs[0].value = q.label + (runs[0].value ?? '').replace(/^\s+/, '');
    next += at + 1;
  }
  return document;
}
