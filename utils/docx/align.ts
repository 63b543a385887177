/**
 * mammoth keeps a paragraph's style but not its alignment. Alignment rides through as a style name of our own
 * (`cm-align-center`), mapped to a class, and the class becomes `text-align` once the HTML is in a document.
 */
import { MASTHEAD } from '../pdf/title';

const ALIGNS = ['center', 'right'] as const;
const styleName = (a: string) => `cm-align-${a}`;

interface MammothNode {
  type?: string;
  alignment?: string | null;
  styleName?: string | null;
  children?: MammothNode[];
}

/** mammoth's transformDocument: names unstyled centred or right-aligned paragraphs by their alignment. */
export function markAlignment<T>(node: T): T {
  const n = node as MammothNode;
  if (n.type === 'paragraph' && !n.styleName && n.alignment) {
    const a = n.alignment === 'both' ? '' : n.alignment === 'end' ? 'right' : n.alignment;
    if ((ALIGNS as readonly string[]).includes(a)) n.styleName = styleName(a);
  }
  for (const c of n.children ?? []) markAlignment(c);
  return node;
}

/** Word's title styles as <h1>, and the alignment names as classes. */
export function alignedStyleMap(): string[] {
  return [
    "p[style-name='Title'] => h1:fresh",
    "p[style-name='标题'] => h1:fresh",
    ...ALIGNS.map((a) => `p[style-name='${styleName(a)}'] => p.${styleName(a)}:fresh`),
  ];
}

export function restoreAlignment(root: Element): void {
  for (const a of ALIGNS) {
    for (const el of Array.from(root.querySelectorAll(`.${styleName(a)}`))) {
      el.removeAttribute('class');
      el.setAttribute('style', `text-align: ${a}`);
    }
  }
}

/** A 红头 masthead above the title (某某省交通运输厅文件), set big and bold, is plain text: no heading of the outline. */
export function plainMasthead(root: Element): void {
  const title = root.querySelector('h1');
  for (const p of Array.from(root.querySelectorAll('p'))) {
    if (title && !(p.compareDocumentPosition(title) & 4 /* title follows */)) break;
    const text = (p.textContent ?? '').replace(/\s+/g, '');
    if (text && MASTHEAD.test(text)) p.textContent = text;
  }
}
