/**
 * A journal page prints the paper's abstract (摘要 / Abstract, 关键词 / Keywords) in a head block above the full text,
 * apart from it; Readability takes the full text and leaves the abstract out — the part a researcher quotes first.
 * Such blocks are copied before Readability; afterwards, when the article lacks them and the page has one abstract
 * per language (so they cannot belong to a list of other papers), the copies are put at the top of the article.
 */
import { squash } from '../../dom/blocks';
import type { PassPair } from '../context';
import { mostlyUnlinked, PAGE_FURNITURE, tidyMovedBlock } from '../moved-blocks';

const CANDIDATES = 'div, p, section, td, dd, blockquote';
const WORDS = String.raw`(摘\s*要|内容摘要|内容提要|abstract|关\s*键\s*[词字]|key\s*-?words?)`;
/** 摘要: / 【摘要】 / 内容提要： / Abstract: / 关键词： / Key words: at the start of the block. */
const LABEL = new RegExp(String.raw`^[【\[]?\s*${WORDS}\s*[】\]]?\s*[:：.]?`, 'i');
/** A text node that opens with a label; the block it opens is then checked whole. */
const STARTER = new RegExp(String.raw`^[\s【\[]*${WORDS}`, 'i');
const STANDALONE = new RegExp(String.raw`^[【\[]?\s*${WORDS}\s*[】\]]?\s*[:：.]?$`, 'i');
const KEYWORDS = /^[【\[]?\s*(关\s*键\s*[词字]|key\s*-?words?)/i;
const MIN_TEXT = 20;
const MIN_KEYWORDS = 4;
const MAX_TEXT = 4000;

/** `labelText` is the text node the block opens with. */
function isAbstractBlock(el: Element, labelText: string): boolean {
  const text = squash(el.textContent ?? '');
  const label = LABEL.exec(text);
  if (!label || text.length > MAX_TEXT || el.closest(PAGE_FURNITURE)) return false;
  // "Abstract expressionism began…" is prose: an English label is followed by a colon or stands alone (a heading).
  if (/[a-z]/i.test(label[1]!) && !/[:：.】\]]$/.test(label[0]) && !STANDALONE.test(squash(labelText))) return false;
  const own = text.length - label[0].length;
  // Keywords are short and often links to a search; an abstract is prose.
  return KEYWORDS.test(text) ? own >= MIN_KEYWORDS : own >= MIN_TEXT && mostlyUnlinked(el, text);
}

/** Before Readability: copies of the innermost blocks that open with an abstract or keywords label, in page order. */
export function markAbstracts(body: Element): Element[] {
  const found: Element[] = [];
  // One pass over the text nodes: only a node that opens with a label is looked at further.
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!STARTER.test(n.nodeValue ?? '')) continue;
    const block = n.parentElement?.closest(CANDIDATES);
    if (block && block !== found[found.length - 1] && body.contains(block) && isAbstractBlock(block, n.nodeValue ?? '')) found.push(block);
  }
  // Copies: Readability may take the head block into the article and then clean it away with its links.
  return found.map((el) => el.cloneNode(true) as Element);
}

/** After Readability: put the page's abstract blocks at the top of the article when it lacks them. */
export function restoreAbstracts(target: Element, found: Element[], base: string): number {
  const abstracts = found.filter((el) => !KEYWORDS.test(squash(el.textContent ?? '')));
  const langs = abstracts.map((el) => (/[a-z]/i.test(LABEL.exec(squash(el.textContent ?? ''))?.[1] ?? '') ? 'en' : 'zh'));
  // One abstract per language at most, and at least one: more is a list of papers, keywords alone are not worth it.
  if (!abstracts.length || new Set(langs).size !== langs.length) return 0;
  const text = squash(target.textContent ?? '');
  const missing = found.filter((el) => !text.includes(squash(el.textContent ?? '').slice(0, 60)));
  // Readability kept part of the head block: the rest would land above it, out of order.
  if (missing.length < found.length) return 0;
  const first = target.firstChild;
  for (const el of found) {
    tidyMovedBlock(el, base);
    target.insertBefore(el, first);
  }
  return found.length;
}

/** Copies rather than marks: Readability may clean the marked originals away. */
export const abstracts: PassPair = {
  mark: { name: 'abstract', fixture: 'zh-paper-abstract', run: (ctx) => void (ctx.abstracts = markAbstracts(ctx.body)) },
  restore: {
    name: 'abstract',
    fixture: 'zh-paper-abstract',
    run: (ctx) => void restoreAbstracts(ctx.inner, ctx.abstracts, ctx.doc.baseURI),
  },
};
