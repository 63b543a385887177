/**
 * Where a quote might now be, in the folded document: exact occurrences, and approximate ones (Myers' bit-parallel
 * search, which reports only the lowest-error matches of a pass) in the few small windows where the 4-gram filter
 * (grams.ts) finds the quote or its context, near the old position or anywhere.
 */
import search from 'approx-string-match';
import { diagonalPeaks, PEAK_SPAN, type GramIndex } from './grams';
import { refineEnds } from './refine';
import type { Candidate, Target } from './score';

/** Enough candidates to disambiguate repeated boilerplate; more only costs time (each is scored twice). */
const MAX_CANDIDATES = 32;
const EXACT_KEEP = 16;

/** Keep the candidates nearest the old position: with many equal matches, proximity is the only cheap signal. */
function nearest(cands: Candidate[], hint: number, max = MAX_CANDIDATES): Candidate[] {
  if (cands.length <= max) return cands;
  return [...cands].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, max);
}

/** Characters of agreement right next to a candidate: exact, so cheap enough for every occurrence. */
function adjacentAgreement(doc: string, t: Target, start: number, end: number): number {
  let n = 0;
  while (n < t.prefix.length && doc.charCodeAt(start - 1 - n) === t.prefix.charCodeAt(t.prefix.length - 1 - n)) n++;
  let m = 0;
  while (m < t.suffix.length && doc.charCodeAt(end + m) === t.suffix.charCodeAt(m)) m++;
  return n + m;
}

/**
 * Exact occurrences. Boilerplate can occur hundreds of times, and full scoring costs two approximate searches
 * each, so only the best few by adjacent agreement and the few nearest the old position are kept.
 */
export function exactCandidates(doc: string, t: Target): Candidate[] {
  const out: Candidate[] = [];
  for (let i = doc.indexOf(t.quote); i !== -1; i = doc.indexOf(t.quote, i + 1)) {
    out.push({ start: i, end: i + t.quote.length, errors: 0 });
  }
  if (out.length <= EXACT_KEEP * 2) return out;
  const agree = new Map(out.map((c) => [c, adjacentAgreement(doc, t, c.start, c.end)] as const));
  const byAgreement = [...out].sort((a, b) => agree.get(b)! - agree.get(a)!).slice(0, EXACT_KEEP);
  return [...new Set([...byAgreement, ...nearest(out, t.hint, EXACT_KEEP)])];
}

/** Lowest-error approximate matches of `pattern` inside doc[from, to), in document offsets. */
function approx(doc: string, pattern: string, maxErrors: number, from: number, to: number): Candidate[] {
  if (!pattern.length || to - from <= 0) return [];
  const seen = new Set<number>();
  const out: Candidate[] = [];
  for (const m of search(doc.slice(from, to), pattern, maxErrors)) {
    // Consecutive end positions of one match share a start: one candidate per start is enough.
    if (seen.has(m.start)) continue;
    seen.add(m.start);
    out.push({ start: from + m.start, end: from + m.end, errors: m.errors });
  }
  return out;
}

export const errorBudget = (n: number, cap = 256) => Math.min(Math.floor(n / 4), cap);

/** Whether doc[from, to) holds the pattern with at most `maxErrors` errors anywhere (the matcher finds any such match). */
export function approxIn(doc: string, pattern: string, maxErrors: number, from: number, to: number): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(doc.length, to);
  return hi - lo >= pattern.length - maxErrors && search(doc.slice(lo, hi), pattern, maxErrors).length > 0;
}

/** Windows verified per highlight: enough for a quote, its edited self and a few lookalikes. */
const PEAKS = 8;

/**
 * Approximate candidates: the lowest-error matches of the quote in a small window around each diagonal peak of
 * prefix + quote + suffix. Searching with the context finds an edited quote even when an exact copy of it sits
 * elsewhere; frequent 4-grams (boilerplate) only count within [nearFrom, nearTo), and with `only` nothing outside.
 * Each match's ends are then put where the stored context says (refine.ts).
 */
export function fuzzyCandidates(doc: string, idx: GramIndex, t: Target, nearFrom: number, nearTo: number, only = false): Candidate[] {
  const m = t.quote.length;
  const budget = errorBudget(m, Infinity);
  const pattern = t.prefix + t.quote + t.suffix;
  const out: Candidate[] = [];
  const done: [number, number][] = [];
  for (const at of diagonalPeaks(idx, pattern, t.prefix.length, nearFrom, nearTo, PEAKS)) {
    if (only && (at < nearFrom || at > nearTo)) continue;
    const lo = Math.max(0, at - budget - 8);
    const hi = Math.min(doc.length, at + PEAK_SPAN + m + budget + 8);
    if (done.some(([a, b]) => a <= lo && hi <= b)) continue;
    done.push([lo, hi]);
    out.push(
      ...approx(doc, t.quote, budget, lo, hi)
        .slice(0, 4)
        .map((c) => refineEnds(doc, t, c)),
    );
  }
  return out;
}

/**
 * Whether the quote's own place near `hint` still shows: a match of the quote with up to half its characters
 * changed, with its prefix or suffix agreeing well. A far copy of a quote whose own text was edited is not it.
 */
export function editedInPlace(doc: string, t: Target, from: number, to: number, agree: (c: Candidate) => boolean): boolean {
  const m = t.quote.length;
  // The matcher reports only a window's lowest-error matches: an intact copy of the quote would hide the edited
  // original next to it, so search in small overlapping windows.
  const step = Math.max(256, 2 * m);
  for (let lo = Math.max(0, from); lo < Math.min(doc.length, to); lo += step) {
    const hi = Math.min(doc.length, to, lo + step + 2 * m);
    if (approx(doc, t.quote, Math.floor(m / 2), lo, hi).some(agree)) return true;
  }
  return false;
}
