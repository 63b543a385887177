/**
 * Snippets for a result page: up to 3 short stretches of plain text (~80 chars) with the matched ranges marked.
 * They are cut from the source text (whitespace collapsed), so full-width punctuation and case stay as written.
 */
import type { SearchSnippet } from '../model';
import { collapseSpace, foldWithMap } from './normalize';
import type { ParsedQuery } from './terms';

export const SNIPPET_CHARS = 80;
export const MAX_SNIPPETS = 3;
const LEAD = 24;
const ELLIPSIS = '…';

type Range = [number, number];

export interface SnippetSource {
  title: string;
  /** metadata values as shown */
  meta: string[];
  text: string;
  /** fold(text) if at hand (the search keeps it): when it is as long as the text, offsets match and no refold is needed */
  foldedText?: string;
  highlights: { quote: string; note: string }[];
}

export interface Found {
  /** every occurrence, with the index of the needle it is of */
  hits: { range: Range; needle: number }[];
  /** the occurrences merged where they overlap, in text order */
  marks: Range[];
}

/** Where the needles (phrase and terms, folded) occur in `display`, in `display` offsets. */
export function findMarks(display: string, needles: readonly string[], max = 200, folded?: string): Found {
  // same length: every fold step was one unit for one unit (the usual case for Chinese text), so offsets are shared
  const f = folded !== undefined && folded.length === display.length ? null : foldWithMap(display);
  const norm = f ? f.norm : folded!;
  const hits: Found['hits'] = [];
  needles.forEach((n, needle) => {
    for (let at = norm.indexOf(n); at >= 0 && hits.length < max; at = norm.indexOf(n, at + n.length)) {
      const last = at + n.length - 1;
      hits.push({ range: f ? [f.start[at]!, f.end[last]!] : [at, last + 1], needle });
    }
  });
  const sorted = hits.map((h) => h.range).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const marks: Range[] = [];
  for (const r of sorted) {
    const last = marks[marks.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else marks.push([r[0], r[1]]);
  }
  return { hits, marks };
}

/** Keep surrogate pairs whole at a cut. */
const safeCut = (s: string, i: number) => (i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!) ? i - 1 : i);

/** The ~80-char window of `display` starting a little before `mark`, with every mark inside it. */
export function cutWindow(
  field: SearchSnippet['field'],
  display: string,
  marks: readonly Range[],
  mark: Range,
): SearchSnippet & { span: Range } {
  let from = Math.max(0, mark[0] - LEAD);
  let to = Math.min(display.length, Math.max(from + SNIPPET_CHARS, mark[1]));
  from = safeCut(display, Math.max(0, Math.min(from, to - SNIPPET_CHARS)));
  to = safeCut(display, to);
  const pre = from > 0 ? ELLIPSIS : '';
  const text = pre + display.slice(from, to) + (to < display.length ? ELLIPSIS : '');
  const inside = marks
    .filter(([s, e]) => e > from && s < to)
    .map(([s, e]): Range => [Math.max(s, from) - from + pre.length, Math.min(e, to) - from + pre.length]);
  return { field, text, marks: inside, span: [from, to] };
}

/** Up to `n` windows of one text: first where the most different needles meet, then others that don't overlap. */
function windows(field: SearchSnippet['field'], src: string, needles: readonly string[], n: number, folded?: string): SearchSnippet[] {
  if (n <= 0 || !src) return [];
  const display = collapseSpace(src);
  const { hits, marks } = findMarks(display, needles, 200, folded);
  const candidates = marks.map((m, order) => {
    const w = cutWindow(field, display, marks, m);
    const [from, to] = w.span;
    const kinds = new Set(hits.filter(({ range: [s, e] }) => s >= from && e <= to).map((h) => h.needle)).size;
    return { w, kinds, order };
  });
  candidates.sort((a, b) => b.kinds - a.kinds || a.order - b.order);
  const chosen: (typeof candidates)[number]['w'][] = [];
  for (const { w } of candidates) {
    if (chosen.length >= n) break;
    if (chosen.some((c) => w.span[0] < c.span[1] && c.span[0] < w.span[1])) continue;
    chosen.push(w);
  }
  return chosen.map(({ span: _span, ...snippet }) => snippet);
}

/** Body first (one), then notes and highlights (the user's own words), then metadata, then more body; title last. */
export function buildSnippets(
  src: SnippetSource,
  q: ParsedQuery,
  phrases: readonly string[] = q.phrase ? [q.phrase] : [],
): SearchSnippet[] {
  const needles = [...new Set([...phrases, ...q.terms])].filter(Boolean);
  if (!needles.length) return [];
  const out: SearchSnippet[] = [];
  const room = () => MAX_SNIPPETS - out.length;
  const body = windows('text', src.text, needles, MAX_SNIPPETS, src.foldedText);
  out.push(...body.slice(0, 1));
  for (const h of src.highlights) {
    if (room() <= 0) break;
    out.push(...windows('note', h.note, needles, 1), ...windows('highlight', h.quote, needles, 1));
  }
  out.splice(MAX_SNIPPETS);
  out.push(...windows('meta', src.meta.join(' · '), needles, Math.min(1, room())));
  out.push(...body.slice(1, 1 + room()));
  if (!out.length) out.push(...windows('title', src.title, needles, 1));
  return out;
}
