/**
 * End matter of legislation pages (legislation.govt.nz, legislation.gov.uk style): the consolidation's "Notes",
 * schedules or annexes often sit in a block after the Act's body, their text nested in per-note wrappers, so
 * Readability scores that block low and leaves it out, though it is part of the document a reader clips.
 * Headed blocks are numbered before Readability runs; afterwards the unbroken run of headed prose blocks that came
 * right after the kept article is moved back to its end — only when the article is legislation.
 */
import { matchLabel } from '../../outline/labels';
import { squash } from '../../dom/blocks';
import { MARK_BOLD, MARK_SECTION } from '../../dom/marks';
import type { PassPair } from '../context';
import { mostlyUnlinked, PAGE_FURNITURE, tidyMovedBlock } from '../moved-blocks';

const MARKED = `[${MARK_SECTION}]`;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const MAX_HEAD = 150;
/** A headed block needs some prose of its own besides the heading. */
const MIN_BODY = 30;

/**
 * Headings as a reader sees them: heading tags, and short paragraphs set wholly in bold (many sites print an Act's
 * Parts and schedules as bold centred paragraphs). Marks from the presentation pass stand for style bold.
 */
function headings(root: Element): Element[] {
  return Array.from(root.querySelectorAll(`${HEADINGS}, p`)).filter((h) => /^H/.test(h.tagName) || isBoldLine(h));
}

const BOLD = `b, strong, [${MARK_BOLD}]`;

function isBoldLine(p: Element): boolean {
  // Most paragraphs hold no bold at all: they are answered without reading their text (1,300 of them in a big law).
  if (!p.hasAttribute(MARK_BOLD) && !p.querySelector(BOLD)) return false;
  const text = squash(p.textContent ?? '');
  if (!text || text.length > MAX_HEAD) return false;
  if (p.hasAttribute(MARK_BOLD)) return true;
  const bold = Array.from(p.querySelectorAll(BOLD));
  const outer = bold.filter((b) => !bold.some((o) => o !== b && o.contains(b)));
  return nospace(outer.map((b) => b.textContent ?? '').join('')) === nospace(text);
}

const nospace = (s: string) => s.replace(/\s+/g, '');

/** Before Readability: number, in document order, every block that opens with a heading that has text. */
export function markTrailingSections(body: Element): void {
  let n = 0;
  for (const h of headings(body)) {
    const block = h.parentElement;
    if (!block || block === body || block.firstElementChild !== h || block.hasAttribute(MARK_SECTION)) continue;
    if (!squash(h.textContent ?? '')) continue;
    block.setAttribute(MARK_SECTION, String(n++));
  }
}

const seqOf = (el: Element): number => Number(el.getAttribute(MARK_SECTION));

/** Legislation: at least two headings of the article carry Part / Chapter / Division / Article / Section / Schedule labels. */
function isLegislation(content: Element): boolean {
  let n = 0;
  for (const h of headings(content)) {
    const style = matchLabel(squash(h.textContent ?? ''))?.style ?? '';
    if (style.startsWith('en-') && ++n >= 2) return true;
  }
  return false;
}

function isProseSection(block: Element): boolean {
  if (block.closest(PAGE_FURNITURE)) return false;
  const head = squash(block.firstElementChild?.textContent ?? '');
  const text = squash(block.textContent ?? '');
  if (!head || head.length > MAX_HEAD || text.length - head.length < MIN_BODY) return false;
  return mostlyUnlinked(block, text);
}

/**
 * After Readability: move the headed prose blocks that followed the article in the page (numbered right after its
 * last one, with no other headed block between) to the end of `target`. Returns how many blocks were moved.
 */
export function restoreTrailingSections(content: Element, target: Element, doc: Document): number {
  let last = -1;
  for (const el of Array.from(content.querySelectorAll(MARKED))) last = Math.max(last, seqOf(el));
  let moved = 0;
  if (last >= 0 && doc.body && isLegislation(content)) {
    const accepted: Element[] = [];
    let expect = last + 1;
    for (const el of Array.from(doc.body.querySelectorAll(MARKED))) {
      const seq = seqOf(el);
      if (seq <= last) continue;
      if (seq !== expect) break;
      expect = seq + 1;
      if (accepted.some((a) => a.contains(el))) continue; // a heading inside a block already taken
      if (!isProseSection(el)) break;
      accepted.push(el);
    }
    for (const el of accepted) {
      tidyMovedBlock(el, doc.baseURI);
      target.appendChild(el);
      moved++;
    }
  }
  for (const el of Array.from(content.querySelectorAll(MARKED))) el.removeAttribute(MARK_SECTION);
  return moved;
}

export const trailingSections: PassPair = {
  mark: { name: 'trailing-sections', fixture: 'en-act-end-notes', marks: [MARK_SECTION], run: (ctx) => markTrailingSections(ctx.body!) },
  restore: {
    name: 'trailing-sections',
    fixture: 'en-act-end-notes',
    marks: [MARK_SECTION],
    run: (ctx) => void restoreTrailingSections(ctx.content, ctx.inner, ctx.doc),
  },
};
