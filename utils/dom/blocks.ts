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
  // inside <pre>, a printed line is a line (a bill as GPO prints it: "1st Session" / "H. R. 2207"; an action table)
  let pre = 0;
  // Leaving an element (its children read): a block ends its line, a table cell leaves a space.
  const leave = (tag: string) => {
    if (tag === 'PRE') pre--;
    if (BLOCK.has(tag)) flush();
    else if (tag === 'TD' || tag === 'TH') cur += ' ';
  };
  // A walk by sibling and parent links, without a stack (pathological pages nest deeper than the JS stack allows) and
  // without an object per node: this runs over whole pages, a big law's several times in one read.
  const tags: string[] = [];
  let node: Node | null = root;
  while (node && lines.length < maxLines) {
    let into: Node | null = null;
    const type = node.nodeType;
    if (type === 3) {
      if (pre) {
        const parts = (node.nodeValue ?? '').split('\n');
        for (let i = 0; i < parts.length; i++) {
          if (i) flush();
          cur += parts[i];
        }
      } else cur += node.nodeValue ?? '';
    } else if (type === 1 || type === 9 || type === 11) {
      const tag = (node as Element).tagName?.toUpperCase() ?? '';
      if (!SKIP.has(tag) && !hidden(node as Element)) {
        if (tag === 'PRE') pre++;
        if (BLOCK.has(tag)) flush();
        into = node.firstChild;
        if (!into) leave(tag);
        else tags.push(tag);
      }
    }
    if (into) {
      node = into;
      continue;
    }
    // on to the next sibling, leaving each element whose children are all read
    while (node && node !== root && !node.nextSibling && lines.length < maxLines) {
      node = node.parentNode;
      if (node) leave(tags.pop()!);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (lines.length < maxLines) flush();
  return lines.slice(0, maxLines).join('\n');
}

// Hidden as written (a word processor's bookmark `<span style="display: none">[PCh6]</span>` before a title line):
// never printed. Computed styles are not asked — the walk also runs where there is no layout (Node, a clone).
const DISPLAY_NONE = /display\s*:\s*none/i;
function hidden(el: Element): boolean {
  if (!el.getAttribute) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && DISPLAY_NONE.test(style);
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
