/**
 * The article as a reader scans it: lines of text (a block element, or a part of one between <br>s), each with
 * how it is set — heading tag, bold, centred — and the node where it starts, so an anchor can be placed there.
 */
import { isLinkLine, linkKind, type LinePart } from './file-links';
import { isBlockTag } from '../dom/blocks';
import { isNumberedPre, LINE_NUMBER, paragraphCut } from './numbered-pre';
import { MARK_BOLD, MARK_CENTER } from '../dom/marks';

export interface Line {
  /** text as printed: nbsp → space, line breaks folded, inner padding kept (总　　则) */
  text: string;
  /** the block element holding the line */
  block: Element;
  /** first node of the line inside `block` (for anchoring lines after a <br>) */
  start: Node;
  /** h1–h6 level, or 0 */
  heading: number;
  /** all the line's text is bold */
  bold: boolean;
  /** the leading bold run, when the line opens with bold text */
  boldLead: string;
  /** the bold run right after a plain number that opens the line ("1. <b>Set out a plan.</b> …"), or '' */
  labelLead: string;
  centered: boolean;
  inTable: boolean;
  /** inside a list item (not as its heading tag), or led by a dash (——): an enumeration, never a heading */
  listItem: boolean;
  /** all the line's text is a link: a promo (点击进入…>>), a related story or a 目录 line, never a heading */
  linked: boolean;
  /**
   * a line of a numbered print (numbered-pre.ts) that no line number opens as plain text: the masthead, a page's
   * running head or footer, or matter the bill inserts (set in its own type): never the bill's own heading
   */
  unnumbered?: boolean;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'FIGURE', 'IFRAME']);
/** A wiki heading's "[edit]" / "[编辑]" link (index.php?title=…&action=edit&section=3): kept in the article, as reader
 * views keep it, but no part of the heading's title (简介[编辑]). */
const EDIT_HREF = /[?&](?:ve)?action=edit(?:&|$)/;
const EMPTY_BRACKETS = /\s*[[［]\s*[\]］]\s*$/;

/** 1–6 for H1–H6, else 0: asked of every ancestor of every line, so no regex. */
function hLevel(tag: string): number {
  if (tag.length !== 2 || tag[0] !== 'H') return 0;
  const d = tag.charCodeAt(1) - 48;
  return d >= 1 && d <= 6 ? d : 0;
}

function isBold(el: Element | null, stop: Element): boolean {
  for (let e = el; e && e !== stop.parentElement; e = e.parentElement) {
    const t = e.tagName;
    if (t === 'B' || t === 'STRONG' || hLevel(t) || e.hasAttribute(MARK_BOLD)) return true;
  }
  return false;
}

function headingLevel(el: Element, stop: Element): number {
  for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
    const level = hLevel(e.tagName);
    if (level) return level;
  }
  return 0;
}

function centered(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) {
    if (e.hasAttribute(MARK_CENTER) || e.tagName === 'CENTER') return true;
  }
  return false;
}

/**
 * A data table (several rows of several cells) holds records, not document structure. Only the table's own rows
 * count: a layout table whose one cell holds the article and, inside it, a small data table is still layout.
 */
function inDataTable(el: Element, cache: Map<Element, boolean>): boolean {
  const table = el.closest('table');
  if (!table) return false;
  // Memoised per table: counting rows for every line made big tables quadratic.
  let data = cache.get(table);
  if (data === undefined) {
    const own = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
    data = own.filter((r) => r.children.length >= 2).length >= 2;
    cache.set(table, data);
  }
  return data;
}

/** What a line's text has folded: line breaks (and the spaces around them), no-break spaces and tabs. */
const FOLDED = /[\r\n\u00a0\t]/;

/** A paragraph's number printed on its own, plain, before a bold lead: 1. / 12) / 3.1 */
const PLAIN_NUMBER = /^\s*\d{1,3}(?:\.\d{1,2}){0,2}[.)]?\s*$/;

/** A blank line inside preformatted text: the end of a paragraph. */
const PRE_PARAGRAPH = /\n[ \t\u00a0]*\n/;

export function collectLines(root: Element): Line[] {
  const lines: Line[] = [];
  const tables = new Map<Element, boolean>();
  let parts: Array<LinePart & { bold: boolean }> = [];
  let start: Node | null = null;
  let block: Element = root;
  let skippedEdit = false;
  // the line being read opens with a printed line number (a numbered <pre>), and the line is in one
  let numberedLine = false;
  let numberedPrint = false;
  const flush = () => {
    const raw = parts.length === 1 ? parts[0]!.text : parts.map((p) => p.text).join('');
    // most lines have nothing to fold: three regex passes over every line of a big law add up
    const text = (
      FOLDED.test(raw)
        ? raw
            .replace(/\s*[\r\n]\s*/g, ' ')
            .replace(/\u00a0/g, ' ')
            .replace(/\t/g, ' ')
        : raw
    ).trim();
    if (text && start) {
      let lead = '';
      for (const p of parts) {
        if (!p.bold && p.text.trim()) break;
        lead += p.text;
      }
      const allBold = parts.every((p) => p.bold || !p.text.trim());
      const first = parts.findIndex((p) => p.text.trim());
      let labelLead = '';
      if (first >= 0 && !parts[first]!.bold && PLAIN_NUMBER.test(parts[first]!.text))
        for (const p of parts.slice(first + 1)) {
          if (!p.bold && p.text.trim()) break;
          labelLead += p.text;
        }
      const heading = headingLevel(block, root);
      lines.push({
        text: heading && skippedEdit ? text.replace(EMPTY_BRACKETS, '') : text,
        block,
        start,
        heading,
        bold: allBold,
        boldLead: allBold ? text : lead.replace(/\u00a0/g, ' ').trim(),
        labelLead: labelLead.replace(/\s+/g, ' ').trim(),
        centered: centered(block),
        inTable: inDataTable(block, tables),
        // a heading tag inside an item is still a heading: FAQ accordions list their <h5> questions in an <ol>
        listItem: (!heading && !!block.closest('li')) || /^[—–-]{2}/.test(text),
        linked: isLinkLine(parts),
        ...(numberedPrint && !numberedLine ? { unnumbered: true } : {}),
      });
    }
    parts = [];
    start = null;
    skippedEdit = false;
    numberedLine = numberedPrint = false;
  };
  // An explicit stack rather than recursion: a hostile or generated page can nest tens of thousands of
  // elements, which would overflow the call stack (one frame per level). Same visiting order as a recursive walk.
  interface Frame {
    next: Node | null;
    inBlock: Element;
    /** a block element's frame: its lines end where it does */
    closesBlock: boolean;
  }
  const stack: Frame[] = [{ next: root.firstChild, inBlock: root, closesBlock: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const n = frame.next;
    if (!n) {
      stack.pop();
      if (frame.closesBlock) flush();
      continue;
    }
    frame.next = n.nextSibling;
    if (n.nodeType === 3) {
      // Preformatted text (a bill as GPO prints it) sets its paragraphs apart with blank lines, not elements: the node
      // is cut there, so each paragraph is a line of its own and an anchor can be placed where it starts.
      const pre = frame.inBlock.closest('pre');
      const gap = PRE_PARAGRAPH.exec(n.nodeValue ?? '');
      let cut = gap && pre ? gap.index + gap[0].length : 0;
      const numbered = !!pre && isNumberedPre(pre);
      if (numbered) {
        // a numbered print: the number before a paragraph's first line is furniture, and the paragraph starts there
        const number = start ? null : LINE_NUMBER.exec(n.nodeValue ?? '');
        if (number) {
          frame.next = (n as Text).splitText(number[0].length);
          numberedLine = true;
          continue;
        }
        const at = paragraphCut(n.nodeValue ?? '');
        if (at > 0 && (!cut || at < cut)) cut = at;
      }
      if (cut && cut < (n.nodeValue ?? '').length) frame.next = (n as Text).splitText(cut);
      const v = n.nodeValue ?? '';
      if (!start && !v.trim()) continue;
      if (!start) {
        start = n;
        block = frame.inBlock;
        numberedPrint = numbered;
      }
      parts.push({ text: v, bold: isBold(n.parentElement, frame.inBlock), link: linkKind(n.parentElement, root) });
      if (cut) flush();
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIP.has(el.tagName.toUpperCase())) continue;
      if (el.tagName === 'A' && EDIT_HREF.test(el.getAttribute('href') ?? '') && headingLevel(el, root)) {
        skippedEdit = true;
        continue;
      }
      if (el.tagName === 'BR') {
        flush();
        continue;
      }
      if (isBlockTag(el.tagName)) {
        flush();
        stack.push({ next: el.firstChild, inBlock: el, closesBlock: true });
      } else stack.push({ next: el.firstChild, inBlock: frame.inBlock, closesBlock: false });
    }
  }
  flush();
  return lines;
}
