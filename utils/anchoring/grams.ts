/**
 * Filter for approximate search: an index of the folded document's 4-grams, and the places where many 4-grams of
 * a highlight (context and quote) fall on one diagonal. Only those few windows are then searched with the
 * bit-parallel matcher, instead of the whole document — on CJK text a whole-document search costs milliseconds.
 */

const Q = 4;
const BITS = 17;
/** A 4-gram this frequent is boilerplate: its occurrences are counted only near the old position. */
const RARE = 48;
/** Diagonals are tallied in bands of this many characters, so a few insertions or deletions still add up. */
const BAND = 16;

export interface GramIndex {
  /** hash of doc[i, i + Q) */
  hash: Int32Array;
  /** positions grouped by hash bucket, ascending within a bucket; bucket b is pos[start[b], start[b + 1]) */
  start: Int32Array;
  pos: Int32Array;
}

function gramHash(s: string, i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < Q; k++) h = Math.imul(h ^ s.charCodeAt(i + k), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
}

const bucketOf = (h: number) => h >>> (32 - BITS);

let tally = new Int32Array(1024);

export function buildGramIndex(doc: string): GramIndex {
  const n = Math.max(0, doc.length - Q + 1);
  const hash = new Int32Array(n);
  const start = new Int32Array((1 << BITS) + 1);
  for (let i = 0; i < n; i++) start[bucketOf((hash[i] = gramHash(doc, i))) + 1]!++;
  for (let b = 0; b < 1 << BITS; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, 1 << BITS);
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) pos[fill[bucketOf(hash[i]!)]!++] = i;
  return { hash, start, pos };
}

function lowerBound(a: Int32Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Likely start positions of the quote: bands of the diagonal where at least `minVotes` 4-grams of
 * prefix + quote + suffix agree, best first (at most `max`), each as the first position of its band.
 * Occurrences of frequent 4-grams count only within [nearFrom, nearTo).
 */
export function diagonalPeaks(idx: GramIndex, pattern: string, quoteAt: number, nearFrom: number, nearTo: number, max: number): number[] {
  // Votes per band in a reused typed array (a Map was most of this function's cost on English text).
  // Bands are offset so that starts before the document (a pattern overhanging its beginning) have slots too.
  const off = Math.ceil(pattern.length / BAND) + 1;
  const size = Math.ceil((idx.hash.length + Q + quoteAt) / BAND) + off + 2;
  if (tally.length < size) tally = new Int32Array(size * 2);
  const touched: number[] = [];
  const seen = new Set<number>();
  for (let j = 0; j + Q <= pattern.length; j++) {
    const h = gramHash(pattern, j);
    // A 4-gram repeated inside the pattern votes once per occurrence in the document only.
    if (seen.has(h)) continue;
    seen.add(h);
    const b = bucketOf(h);
    let lo = idx.start[b]!;
    let hi = idx.start[b + 1]!;
    if (hi - lo > RARE) {
      lo = lowerBound(idx.pos, lo, hi, nearFrom);
      hi = lowerBound(idx.pos, lo, hi, nearTo);
    }
    for (let k = lo; k < hi; k++) {
      const p = idx.pos[k]!;
      if (idx.hash[p] !== h) continue;
      const band = Math.floor((p - j + quoteAt) / BAND) + off;
      if (!tally[band]!++) touched.push(band);
    }
  }
  const peaks: { band: number; v: number }[] = [];
  for (const band of touched) {
    const v = tally[band]!;
    // A band and its right neighbour together: an edit may split one alignment across two bands.
    const sum = v + tally[band + 1]!;
    if (sum >= 3 && sum >= (band > 0 ? tally[band - 1]! : 0) + v) peaks.push({ band: band - off, v: sum });
  }
  for (const band of touched) tally[band] = 0;
  peaks.sort((a, b) => b.v - a.v);
  const minVotes = Math.max(3, Math.ceil((peaks[0]?.v ?? 0) / 4));
  return peaks
    .filter((p) => p.v >= minVotes)
    .slice(0, max)
    .map((p) => p.band * BAND);
}

export const PEAK_SPAN = 2 * BAND;
