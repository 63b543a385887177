/**
 * Blocks and visible text as a reader sees them, shared by extraction and the outline (one block tag set for both):
 * plain text with one line per block (used for search and export), squashed text, CJK share, visible characters.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD']);

/**
 * The same set for walks over a live page or the reader's article (the anchoring text map, the heading locator):
 * <br> is handled before the set is asked there, and <body> counts too, so text directly in the body belongs to it
 * rather than to <html> (extraction never walks above the article, so its set does not need it).
 */
export const PAGE_BLOCK_TAGS: ReadonlySet<string> = new Set([...BLOCK, 'BODY']);

export function isBlockTag(tagName: string): boolean {
  return BLOCK.has(tagName.toUpperCase());
}

/** `maxLines`: stop once that many lines are read (the first lines are the same as the whole text's). */
export function blockText(root: Node, maxLines = Infinity): string {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const line = cur.replace(/[ \t\r\n\f\u00a0\u200b]+/g, ' ').trim();
    if (line) lines.push(line);
    cur = '';
  };
  // Iterative walk: pathological pages nest deeper than the JS stack allows.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  // inside <pre>, a printed line is a line (a bill as GPO prints it: "1st Session" / "H. R. 2207"; an action table)
  let pre = 0;
  while (stack.length && lines.length < maxLines) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const parts = pre ? (node.nodeValue ?? '').split('\n') : [node.nodeValue ?? ''];
      for (const [i, part] of parts.entries()) {
        if (i) flush();
        cur += part;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag) || (node as Element).hasAttribute?.('hidden')) continue;
    const block = BLOCK.has(tag);
    if (tag === 'PRE') pre += exit ? -1 : 1;
    if (exit) {
      if (block) flush();
      else if (tag === 'TD' || tag === 'TH') cur += ' ';
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  if (lines.length < maxLines) flush();
  return lines.slice(0, maxLines).join('\n');
}

/** Collapse all whitespace; for comparisons and short labels. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b]+/g, ' ').trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Share of CJK characters among non-space characters. */
export function cjkRatio(s: string): number {
  const n = nonSpace(s);
  if (!n) return 0;
  return (s.match(CJK)?.length ?? 0) / n;
}

/** Characters of `s` that are not whitespace: the measure of text amounts (layout spaces vary between pages). */
export const nonSpace = (s: string): number => s.replace(/\s+/g, '').length;

/** Non-space characters a reader can see in `root` (script and style bodies are not text). Cheap: no layout. */
export function visibleChars(root: Element): number {
  let n = nonSpace(root.textContent ?? '');
  for (const el of Array.from(root.querySelectorAll('script, style, noscript, template'))) n -= nonSpace(el.textContent ?? '');
  return Math.max(n, 0);
}
