/**
 * An Act's opening sections printed before its first Part (NZ "1 Title" / "2 Commencement", a Canadian Act's
 * "1 Short title") sit beside the Parts in the body's block, each with its history notes, editorial tables and links
 * to secondary legislation; Readability often takes the Parts and leaves those few sections out, though they are the
 * Act's first provisions. After Readability, when the article opens with a Part (Chapter, Title, Division), the
 * unbroken run of numbered provision blocks that came right before it on the page is moved back to its start.
 * A Preamble left out before the first section goes back the same way (restorePreamble).
 * Uses the headed-block numbers the trailing-sections pass set before Readability; runs before that pass's restore.
 */
import { matchLabel } from '../../outline/labels';
import { squash } from '../../dom/blocks';
import { MARK_SECTION } from '../../dom/marks';
import type { Pass, ArticleContext } from '../context';
import { mostlyUnlinked, PAGE_FURNITURE, tidyMovedBlock } from '../moved-blocks';

const MARKED = `[${MARK_SECTION}]`;
const UNIT = new Set(['en-part', 'en-chapter', 'en-title', 'en-division']);
/** "1 Title", "2A Interpretation", "Section 1 Short title", "1. Short title": a provision's numbered heading */
const PROVISION = /^\d{1,4}[A-Z]{0,3}\.?[\s\u00a0]+[A-Z]/;
const MAX_HEAD = 150;
const MAX_BLOCKS = 8;

const seqOf = (el: Element): number => Number(el.getAttribute(MARK_SECTION));
const headOf = (el: Element): string => squash(el.firstElementChild?.textContent ?? '');

function isProvision(el: Element): boolean {
  const head = headOf(el);
  if (!head || head.length > MAX_HEAD || !/^H[1-6]$/.test(el.firstElementChild!.tagName) || el.closest(PAGE_FURNITURE)) return false;
  const style = matchLabel(head)?.style ?? '';
  if (!PROVISION.test(head) && style !== 'en-section' && style !== 'en-article') return false;
  const text = squash(el.textContent ?? '');
  return text.length > head.length && mostlyUnlinked(el, text);
}

/** The last block number inside `el` (its own when it holds no other headed block). */
function lastSeq(el: Element): number {
  let last = seqOf(el);
  for (const m of Array.from(el.querySelectorAll(MARKED))) last = Math.max(last, seqOf(m));
  return last;
}

export function restoreLeadingSections(content: Element, target: Element, doc: Document): number {
  const kept = content.querySelector(MARKED);
  if (!kept || !doc.body || !isUnit(kept)) return 0;
  let first = seqOf(kept);
  for (const el of Array.from(content.querySelectorAll(MARKED))) first = Math.min(first, seqOf(el));
  const before = Array.from(doc.body.querySelectorAll(MARKED)).filter((el) => seqOf(el) < first);
  let end = first - 1;
  // the article may open inside a Part whose heading Readability left behind (it took the Part's Subparts): that
  // heading, alone in its emptied block, goes back right above the article, the provisions above it
  const shell = before.find((el) => seqOf(el) === end && isUnit(el) && squash(el.textContent ?? '') === headOf(el));
  if (shell) end--;
  // numbered provisions left on the page, outermost ones only (not a paragraph's "(a)" inside a section)
  const left = before.filter(isProvision);
  const outer = left.filter((el) => !left.some((o) => o !== el && o.contains(el)));
  const run: Element[] = [];
  for (let k = outer.length - 1; k >= 0 && run.length < MAX_BLOCKS && lastSeq(outer[k]!) === end; k--) {
    run.unshift(outer[k]!);
    end = seqOf(outer[k]!) - 1;
  }
  if (!run.length) return 0;
  if (shell) run.push(shell.firstElementChild!);
  const at = target.firstChild;
  for (const el of run) {
    tidyMovedBlock(el, doc.baseURI);
    target.insertBefore(el, at);
  }
  return run.length;
}

const PREAMBLE = /^(?:preamble|recitals)$/i;

/**
 * A by-law's or an Act's Preamble (its WHEREAS recitals, in a headed block of its own) right before the section the
 * article opens with: Readability scores the recitals apart from the sections and leaves them out. Moved back.
 */
export function restorePreamble(content: Element, target: Element, doc: Document): number {
  let first: Element | null = null;
  for (const el of Array.from(content.querySelectorAll(MARKED))) if (!first || seqOf(el) < seqOf(first)) first = el;
  if (!first || !doc.body || !isProvision(first)) return 0;
  const pre = Array.from(doc.body.querySelectorAll(MARKED)).find((el) => seqOf(el) === seqOf(first) - 1);
  if (!pre || !PREAMBLE.test(headOf(pre)) || pre.closest(PAGE_FURNITURE) || content.contains(pre) || pre.contains(content)) return 0;
  const text = squash(pre.textContent ?? '');
  if (text.length < 60 || !mostlyUnlinked(pre, text)) return 0;
  tidyMovedBlock(pre, doc.baseURI);
  target.insertBefore(pre, target.firstChild);
  return 1;
}

const isUnit = (el: Element): boolean => UNIT.has(matchLabel(headOf(el))?.style ?? '');

export const leadingSections: Pass<ArticleContext> = {
  name: 'leading-sections',
  fixture: 'leading-sections.test.ts',
  marks: [MARK_SECTION],
  run: (ctx) => {
    restoreLeadingSections(ctx.content, ctx.inner, ctx.doc);
    restorePreamble(ctx.content, ctx.inner, ctx.doc);
  },
};
