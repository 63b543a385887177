/**
 * A news title's 引题 (the line above it) and 副题 (the line below it): Chinese papers put facts there ("去年改造户用卫生
 * 厕所4.66万座"), but they sit in the title block, outside what Readability keeps. Read before Readability — only
 * lines beside a heading, marked as such by their class or id — and put back at the top of the article afterwards
 * when the article does not already hold them.
 */
import { blockText, squash } from '../../dom/blocks';
import type { PassPair } from '../context';
import { matchLabel } from '../../outline/labels';

export interface TitleLines {
  heading: string;
  above: string[];
  below: string[];
}

/** 引题 classes name the line above a title, 副题 classes the line below it. */
const ABOVE = /(^|[-_\s])(pre-?title|intro-?title|yin-?ti|kicker)($|[-_\s\d])/i;
const BELOW = /(^|[-_\s])(sub-?title|fu-?title|fbt)($|[-_\s\d])/i;
const MAX_LINE = 80;

function line(el: Element | null, marked: RegExp): string | null {
  if (!el || el.querySelector('a, img, table, ul, ol')) return null;
  if (!marked.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return null;
  const text = squash(el.textContent ?? '');
  return text && text.length <= MAX_LINE ? text : null;
}

/** Before Readability: the marked lines next to each heading that has them. */
export function markTitleLines(body: Element): TitleLines[] {
  const out: TitleLines[] = [];
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3'))) {
    const heading = squash(h.textContent ?? '');
    if (!heading) continue;
    const above = [line(h.previousElementSibling, ABOVE)].filter((s): s is string => !!s);
    const below = [line(h.nextElementSibling, BELOW)].filter((s): s is string => !!s);
    if (above.length || below.length) out.push({ heading, above, below });
    else out.push(...linesWithin(h));
  }
  return out;
}

/**
 * A newspaper's digital edition sets 引题, 主题 and 副题 as lines of one heading (rows of a table, or <br>s inside an
 * <h1>): whichever line is the title, the others are its lines above and below.
 */
function linesWithin(h: Element): TitleLines[] {
  if (h.querySelector('a, img')) return [];
  const lines = blockText(h).split('\n').map(squash).filter(Boolean);
  if (lines.length < 2 || lines.length > 3 || lines.some((l) => l.length > MAX_LINE)) return [];
  // a code unit's number over its name ("Division 450" / "OREGON ARTS PROGRAM GRANTS"): a rules page's heading, no 引题
  if (lines.some((l) => matchLabel(l)?.style.startsWith('en-') && !matchLabel(l)!.rest)) return [];
  return lines.map((heading, i) => ({ heading, above: lines.slice(0, i), below: lines.slice(i + 1) }));
}

/** After Readability: the chosen title's lines, missing from the article, go first in it. Returns how many. */
export function restoreTitleLines(target: Element, title: string, found: TitleLines[]): number {
  const mine = found.find((f) => f.heading === title);
  if (!mine) return 0;
  const have = squash(target.textContent ?? '');
  const lines = [...mine.above, ...mine.below].filter((s) => s !== title && !have.includes(s));
  const doc = target.ownerDocument;
  for (const text of lines.reverse()) {
    const p = doc.createElement('p');
    p.textContent = text;
    target.insertBefore(p, target.firstChild);
  }
  return lines.length;
}

/** Read, not marked: the lines are put back as text once the title is chosen (an AFTER_TITLE pass). */
export const titleLines: PassPair = {
  mark: { name: 'title-lines', fixture: 'zh-news-subtitle', run: (ctx) => void (ctx.titleLines = markTitleLines(ctx.body)) },
  restore: { name: 'title-lines', fixture: 'zh-news-subtitle', run: (ctx) => void restoreTitleLines(ctx.inner, ctx.title, ctx.titleLines) },
};
