/**
 * A document published as nested headed sections — DITA topics (`<article class="topic"><h3>51.102 …</h3><div
 * class="body">`), a regulation's `<section>`s, a handbook's chapters — has no one block holding its text: Readability
 * keeps the longest section's body alone, without its heading, and the reader's clip is one section of fifteen.
 * Before it runs, the blocks inside each headed block (numbered by trailing-sections) carry that block's number and
 * their place; afterwards, when the article is such a body alone, it goes back in its section and the article becomes
 * the widest prose container of those sections (its other sections, headings and all).
 */
import { squash } from '../../dom/blocks';
import { MARK_SECTION, MARK_SECTION_PART } from '../../dom/marks';
import type { PassPair } from '../context';
import { mostlyUnlinked, PAGE_FURNITURE, tidyMovedBlock } from '../moved-blocks';

/** how many headed sections with plain (unlinked) headings make a document of sections, not a page of cards */
const MIN_SECTIONS = 3;
/** the kept body is this share of the container's text at most: Readability took a part, not the whole */
const MAX_SHARE = 0.6;
/** what Readability would not have kept of the sections around the body: scripts, controls, menus, hidden copies */
const FURNITURE = `script, style, noscript, template, iframe, form, button, input, select, textarea, nav, aside, footer, [hidden], [aria-hidden="true"], ${'[style*="display:none" i], [style*="display: none" i]'}`;

/** Before Readability: each block inside a headed block carries `<section number>:<place>`. */
export function markSectionParts(body: Element): void {
  for (const block of Array.from(body.querySelectorAll(`[${MARK_SECTION}]`))) {
    const seq = block.getAttribute(MARK_SECTION);
    Array.from(block.children).forEach((el, i) => i > 0 && el.setAttribute(MARK_SECTION_PART, `${seq}:${i}`));
  }
}

const partOf = (el: Element) => (el.getAttribute(MARK_SECTION_PART) ?? '').split(':');

/** Sections under `el` whose heading is no link: a document's, not a list of teasers. */
function plainSections(el: Element): number {
  let n = 0;
  for (const s of Array.from(el.querySelectorAll(`[${MARK_SECTION}]`))) if (!s.firstElementChild?.querySelector('a[href]')) n++;
  return n;
}

/** The widest ancestor of `block` below <body> that holds more sections and is prose, not furniture. */
function documentOf(block: Element, body: Element): Element {
  let best = block;
  for (let p = block.parentElement; p && p !== body; p = p.parentElement) {
    if (p.matches(PAGE_FURNITURE)) break;
    const text = squash(p.textContent ?? '');
    if (text && mostlyUnlinked(p, text)) best = p;
  }
  return best;
}

/**
 * The headed block the article's blocks came from, when they are its body (and perhaps its heading) alone; else null.
 * Readability keeps the body (`<div class="body">`) or, with a bold paragraph for heading, the whole section's blocks.
 */
function sourceSection(kept: Element[], body: Element): Element | null {
  const seqs = new Set(kept.filter((el) => el.hasAttribute(MARK_SECTION_PART)).map((el) => partOf(el)[0]));
  const seq = [...seqs][0];
  if (seqs.size !== 1 || !seq) return null;
  const block = body.querySelector(`[${MARK_SECTION}="${seq}"]`);
  if (!block || block.closest(PAGE_FURNITURE)) return null;
  // an unmarked block kept with them is the section's own heading: only the first, and only if the section lost it
  const unmarked = kept.filter((el) => !el.hasAttribute(MARK_SECTION_PART));
  const headingLeft = block.firstElementChild && !block.firstElementChild.hasAttribute(MARK_SECTION_PART);
  if (unmarked.length > 1 || (unmarked[0] && (unmarked[0] !== kept[0] || headingLeft))) return null;
  return block;
}

/** After Readability: the article that is one section's body alone becomes the document of sections it came from. */
export function restoreSplitSections(inner: Element, doc: Document): boolean {
  let kept = Array.from(inner.children);
  // Readability's page wrapper, or the section's own element made a <div>
  while (kept.length === 1 && !kept[0]!.hasAttribute(MARK_SECTION_PART) && kept[0]!.children.length) kept = Array.from(kept[0]!.children);
  const block = doc.body && sourceSection(kept, doc.body);
  if (!block) return false;
  const container = documentOf(block, doc.body!);
  const keptText = squash(inner.textContent ?? '').length;
  const whole = keptText + squash(container.textContent ?? '').length;
  if (plainSections(container) < MIN_SECTIONS || keptText > MAX_SHARE * whole) return false;
  // Readability may return an earlier attempt's copy while the page holds the blocks still (it re-parses the page
  // between attempts): then the section is whole where it stands
  const inPlace = new Set(Array.from(block.children, (c) => c.getAttribute(MARK_SECTION_PART)).filter(Boolean));
  for (const el of kept) {
    if (inPlace.has(el.getAttribute(MARK_SECTION_PART))) continue;
    const place = el.hasAttribute(MARK_SECTION_PART) ? Number(partOf(el)[1]) : 0;
    const after = Array.from(block.children).find((c) => c.hasAttribute(MARK_SECTION_PART) && Number(partOf(c)[1]) > place);
    block.insertBefore(el, after ?? null);
  }
  for (const el of Array.from(container.querySelectorAll(FURNITURE))) el.remove();
  tidyMovedBlock(container, doc.baseURI);
  inner.replaceChildren(container);
  return true;
}

export const splitSections: PassPair = {
  mark: { name: 'split-sections', fixture: 'en-reg-dita-topics', marks: [MARK_SECTION_PART], run: (ctx) => markSectionParts(ctx.body) },
  restore: {
    name: 'split-sections',
    fixture: 'en-reg-dita-topics',
    marks: [MARK_SECTION_PART],
    run: (ctx) => void restoreSplitSections(ctx.inner, ctx.doc),
  },
};
