/**
 * One highlight in the folded document: its selectors made a Target for locate.ts, and — when a highlight spanning
 * paragraphs has no place as a whole since they were separated — its paragraph parts.
 */
import type { GramIndex } from './grams';
import type { TextSelectors } from './index';
import { locate } from './locate';
import { fold, toFolded, type Folded } from './normalize';
import { CONTEXT_LENGTH, type Scored, type Target } from './score';

export function anchorFolded(doc: Folded, grams: GramIndex, sel: TextSelectors, part = false, precision?: number): Scored | null {
  const prefix = fold(sel.prefix ?? '');
  const suffix = fold(sel.suffix ?? '');
  const lastBreak = prefix.breaks.lastIndexOf(1);
  const firstBreak = suffix.breaks.indexOf(1);
  const quote = fold(sel.quote);
  const t: Target = {
    quote: quote.text,
    prefix: prefix.text,
    suffix: suffix.text,
    hint: toFolded(doc, Number.isFinite(sel.start) ? Math.max(0, sel.start) : 0),
    prefixPara: lastBreak < 0 ? -1 : prefix.text.length - lastBreak,
    suffixPara: firstBreak,
    breaks: doc.breaks,
    // A line break inside the quote (not before its first or after its last character).
    spans: quote.breaks.subarray(1, quote.text.length).includes(1),
    part,
    precision,
  };
  if (!t.quote) return null;
  return locate(doc.text, grams, t);
}

/** A part of a highlight that spans line breaks must keep this share of its characters (and at least MIN_PART). */
const PART_SHARE = 1 / 3;
const MIN_PART = 8;

/**
 * A highlight spanning paragraphs that were since separated (one moved, or deleted) has no place as a whole: anchor
 * its largest paragraph part that still has one, each part described like a highlight of its own (its context is
 * the rest of the quote and the stored context, so it still ends or starts at a paragraph boundary).
 */
export function anchorPart(doc: Folded, grams: GramIndex, sel: TextSelectors): Scored | null {
  const q = sel.quote;
  if (!/[\n\r\u2028\u2029]/.test(q)) return null;
  const parts: { s: number; e: number }[] = [];
  const all: { s: number; e: number }[] = [];
  for (const m of q.matchAll(/[^\n\r\u2028\u2029]+/g)) {
    const s = m.index;
    const e = s + m[0].length;
    const size = m[0].trim().length;
    if (size >= MIN_PART && size >= PART_SHARE * q.trim().length) parts.push({ s, e });
    all.push({ s, e });
  }
  parts.sort((a, b) => b.e - b.s - (a.e - a.s));
  const before = `${sel.prefix ?? ''}`;
  for (const { s, e } of parts) {
    const found = anchorFolded(
      doc,
      grams,
      {
        quote: q.slice(s, e),
        prefix: (before + q.slice(0, s)).slice(-CONTEXT_LENGTH),
        suffix: (q.slice(e) + (sel.suffix ?? '')).slice(0, CONTEXT_LENGTH),
        start: sel.start + s,
        end: sel.start + e,
      },
      true,
    );
    if (found)
      return withNeighbours(
        doc,
        q,
        all,
        all.findIndex((x) => x.s === s),
        found,
      );
  }
  return null;
}

/**
 * The found part together with the quote's paragraphs before and after it that still stand next to it, exactly and
 * across a paragraph boundary: paragraphs move as units, so those that moved together are the highlight's too.
 */
function withNeighbours(doc: Folded, q: string, lines: { s: number; e: number }[], k: number, found: Scored): Scored {
  let { start, end } = found;
  for (let i = k - 1; i >= 0; i--) {
    const f = fold(q.slice(lines[i]!.s, lines[i]!.e)).text;
    if (!doc.breaks[start] || doc.text.slice(start - f.length, start) !== f) break;
    start -= f.length;
  }
  for (let i = k + 1; i < lines.length; i++) {
    const f = fold(q.slice(lines[i]!.s, lines[i]!.e)).text;
    if (!doc.breaks[end] || !doc.text.startsWith(f, end)) break;
    end += f.length;
  }
  return { ...found, start, end };
}
