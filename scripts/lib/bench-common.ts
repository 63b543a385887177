/** What the bench sections share: the header line, and the article element our pipeline hands to buildOutline. */
import { createRequire } from 'node:module';
import type { JSDOM } from 'jsdom';
import { extractArticle, type ExtractOutcome } from '../../utils/extract';
import { parseHtml } from './dom';

const require = createRequire(import.meta.url);
const jsdomVersion = (require('jsdom/package.json') as { version: string }).version;

/** One line per section: what is measured, on what, and how, so a pasted figure keeps its context. */
export function sectionHeader(name: string, what: string): void {
  console.log(`\n== ${name}: ${what} [jsdom ${jsdomVersion}, Node ${process.version}, page parse excluded]`);
}

/**
 * Run the pipeline and keep a copy of the article element as buildOutline received it. The sanitise hook is the
 * only place extractArticle exposes the element; by then buildOutline has added its anchors, so they are undone
 * (anchor ids removed, marker spans dropped) to get the element as it was before the outline.
 */
export function extractWithArticle(doc: Document, url: string): { outcome: ExtractOutcome; article: Element | null } {
  let article: Element | null = null;
  const outcome = extractArticle(doc, url, { sanitize: (el) => void (article = el.cloneNode(true) as Element) });
  if (article) stripAnchors(article);
  return { outcome, article };
}

const ANCHOR = /^cm-h-\d+$/;

export function stripAnchors(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[id^="cm-h-"]'))) {
    if (!ANCHOR.test(el.id)) continue;
    if (el.tagName === 'SPAN' && !el.firstChild && el.attributes.length === 1) el.remove();
    else el.removeAttribute('id');
  }
  if (ANCHOR.test(root.id)) root.removeAttribute('id');
}

/** Parse, use, close: an unclosed jsdom window is never collected, and a few hundred of them exhaust the heap. */
export function withDom<T>(html: string, url: string, fn: (dom: JSDOM) => T): T {
  const dom = parseHtml(html, url);
  try {
    return fn(dom);
  } finally {
    dom.window.close();
  }
}

/** Milliseconds taken by fn, and its result. */
export function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}
