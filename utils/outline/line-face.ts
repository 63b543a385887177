/**
 * A line's typeface (utils/dom/typeface.ts, marked before Readability): what sets a label apart when it is neither bold,
 * centred nor a heading — a bulletin's `注释：` in 楷体 over 仿宋 notes. The same label in the notes' own face is a lead
 * of the text under it, as a reader sees it.
 */
import { MARK_FACE } from '../dom/marks';
import type { Line } from './blocks';

/** The face of the line's first visible text: the nearest marked ancestor of its first non-blank text node. */
export function lineFace(line: Line): string {
  const walker = line.block.ownerDocument.createTreeWalker(line.block, 4 /* SHOW_TEXT */);
  walker.currentNode = line.start;
  let text: Node | null = line.start.nodeType === 3 ? line.start : walker.nextNode();
  while (text && !(text.nodeValue ?? '').trim()) text = walker.nextNode();
  for (let e = (text ?? line.start).parentElement; e; e = e.parentElement) {
    const face = e.getAttribute(MARK_FACE);
    if (face) return face;
  }
  return '';
}

/**
 * Line `i` is printed as the text beside it is: not bold, centred nor a heading, and in the same typeface as the line
 * after it (or before it, at the end). A page that sets no typeface says nothing either way.
 */
export function printedAsText(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const beside = lines[i + 1] ?? lines[i - 1];
  if (line.heading || line.bold || line.centered || !beside) return false;
  const face = lineFace(line);
  return !!face && lineFace(beside) === face;
}
