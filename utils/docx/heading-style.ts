/** Word's heading styles: the built-in Heading 1–9, and a document's own style named as a heading (Heading Appendix). */
const HEADING = /^(?:heading|标题)\s*[1-9]$/i;

export const isHeadingStyle = (id: string | null | undefined, name: string | null | undefined): boolean =>
  HEADING.test(name ?? '') || /^heading[1-9]$/i.test(id ?? '');

/** A style of the document's own named as a heading (`Heading Appendix`), which mammoth would read as a paragraph. */
const OWN_HEADING = /^heading\s+\p{L}[\p{L}\s]*$/iu;
const OWN = 'cm-heading';

interface Node {
  type?: string;
  styleName?: string | null;
  children?: Node[];
}

/**
 * mammoth's transformDocument step: a paragraph in such a style becomes a top heading, as Heading 1 is (a report's
 * appendices set in their own `Heading Appendix` style beside the numbered Heading 1 chapters).
 */
export function markOwnHeadings<T>(node: T): T {
  const n = node as Node;
  if (n.type === 'paragraph' && OWN_HEADING.test(n.styleName ?? '')) n.styleName = OWN;
  else for (const c of n.children ?? []) markOwnHeadings(c);
  return node;
}

export const ownHeadingStyleMap = `p[style-name='${OWN}'] => h1:fresh`;
