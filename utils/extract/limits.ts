/**
 * Work caps for pathological pages, as Firefox's reader mode refuses pages over a node limit. Readability's
 * clean-up grows with the number of elements times their depth: in jsdom an article wrapped in 200 nested divs
 * takes ~1.5 s, 300 ~3 s and 500 ~8 s (npm run bench: "deep"). Real pages nest 15–60 levels, and Chromium's
 * HTML parser itself stops nesting at 512, so only script-built pages reach these caps. Within both the element and
 * the depth cap a page can still hold 57,000 elements each ~200 levels deep (21 s to 50 s and more in jsdom), so the
 * sum of all elements' depths is capped too: the largest real page of the corpus sums to 141,000.
 */
import type { MessageKey, Params } from '../i18n';

export interface PageLimits {
  maxElements: number;
  maxDepth: number;
  /** the sum of every element's depth: what Readability's passes over ancestors cost */
  maxWork: number;
}

export const DEFAULT_MAX_ELEMENTS = 60_000;
export const DEFAULT_MAX_DEPTH = 200;
export const DEFAULT_MAX_WORK = 2_000_000;

export interface PageSize {
  /** the root and every element under it */
  elements: number;
  /** levels of elements, the root being level 1 */
  depth: number;
  /** the sum of every element's level */
  work: number;
}

/** Counts elements and the deepest nesting in one iterative walk (no stack to overflow, no arrays to allocate). */
export function measurePage(root: Element): PageSize {
  let elements = 1;
  let depth = 1;
  let work = 1;
  let level = 2;
  let node: Element | null = root.firstElementChild;
  while (node) {
    elements++;
    work += level;
    if (level > depth) depth = level;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      level++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      level--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return { elements, depth, work };
}

/**
 * Why the page is too big for the article finder, in words for the user; null when it is within the limits. The
 * i18n key and its placeholders go with the English sentence, so the UI can show it in its language.
 */
export function whyTooLarge(size: PageSize, limits: PageLimits): { message: string; key?: MessageKey; params?: Params } | null {
  const n = (x: number) => x.toLocaleString('en');
  if (size.elements > limits.maxElements) {
    const params = { count: n(size.elements), max: n(limits.maxElements) };
    return {
      key: 'page.error.tooManyElements',
      params,
      message: `This page has ${params.count} elements, more than the ${params.max} the article finder handles quickly. You can clip its whole visible text instead.`,
    };
  }
  if (size.depth > limits.maxDepth) {
    const params = { depth: n(size.depth), max: n(limits.maxDepth) };
    return {
      key: 'page.error.tooDeep',
      params,
      message: `This page is nested ${params.depth} levels deep, more than the ${params.max} the article finder handles quickly. You can clip its whole visible text instead.`,
    };
  }
  // no catalog sentence: the UI shows the too-large code's
  if (size.work > limits.maxWork)
    return {
      message: `This page has ${n(size.elements)} elements nested ${n(Math.round(size.work / size.elements))} levels deep on average, more than the article finder handles quickly. You can clip its whole visible text instead.`,
    };
  return null;
}
