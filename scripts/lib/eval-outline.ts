/** Outline scoring for `npm run eval`: order-preserving alignment of predicted vs gold headings. */
import { prf, type Prf } from './eval-text';

export interface Heading {
  level: number;
  label: string | null;
  title: string;
}

/** Gold labels write no-break spaces as plain ones; pages use U+00A0 / U+3000 — neither should cost a match. */
export function normLabel(label: string | null): string | null {
  if (label == null) return null;
  const s = label.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  return s || null; // an all-space label is no label
}

const TITLE_PREFIX = 6;

/**
 * Titles agree on their first N non-space characters, N = min(6, shorter length): gold titles are cut
 * at different points (first 。/：, 60 chars), so only the lead is comparable. Two empty titles match;
 * an empty title against a non-empty one does not (a captionless 第X条 is not the same as a captioned one).
 */
export function titlesMatch(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (!x || !y) return !x && !y;
  const n = Math.min(TITLE_PREFIX, x.length, y.length);
  return x.slice(0, n) === y.slice(0, n);
}

export function headingsMatch(a: Heading, b: Heading): boolean {
  return normLabel(a.label) === normLabel(b.label) && titlesMatch(a.title, b.title);
}

/** Longest common subsequence under headingsMatch; returns matched index pairs [gold, pred] in order. */
export function align(gold: Heading[], pred: Heading[]): Array<[number, number]> {
  const n = gold.length;
  const m = pred.length;
  // dp[i][j] = LCS length of gold[i..] and pred[j..]; flat array keeps large outlines (NZ acts) cheap.
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = headingsMatch(gold[i]!, pred[j]!) ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (headingsMatch(gold[i]!, pred[j]!) && dp[i * w + j] === dp[(i + 1) * w + j + 1]! + 1) pairs.push([i++, j++]);
    else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Parent of each entry: index of the nearest preceding entry with a smaller level, or -1. */
export function parents(list: Heading[]): number[] {
  const stack: number[] = [];
  return list.map((h, i) => {
    while (stack.length && list[stack[stack.length - 1]!]!.level >= h.level) stack.pop();
    const p = stack.length ? stack[stack.length - 1]! : -1;
    stack.push(i);
    return p;
  });
}

export interface OutlineCounts {
  gold: number;
  pred: number;
  matched: number;
  /** matched entries whose predicted parent is the match of the gold parent */
  parentRight: number;
  /** matched entries with the same level */
  levelRight: number;
}

export interface OutlineScore extends OutlineCounts, Prf {
  parentAccuracy: number;
  levelAccuracy: number;
  pairs: Array<[number, number]>;
  /** gold indices of matched entries whose parent is wrong */
  wrongParent: number[];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

export function withRates(c: OutlineCounts): OutlineCounts & Prf & { parentAccuracy: number; levelAccuracy: number } {
  return {
    ...c,
    ...prf(c.matched, c.pred, c.gold),
    // NaN when nothing matched: there is nothing to judge, and NaN never passes a target.
    parentAccuracy: c.matched ? c.parentRight / c.matched : NaN,
    levelAccuracy: c.matched ? c.levelRight / c.matched : NaN,
  };
}

export function scoreOutline(gold: Heading[], pred: Heading[]): OutlineScore {
  const pairs = align(gold, pred);
  const predOf = new Map(pairs);
  const gp = parents(gold);
  const pp = parents(pred);
  let parentRight = 0;
  let levelRight = 0;
  const wrongParent: number[] = [];
  for (const [g, p] of pairs) {
    const goldParent = gp[g]!;
    const want = goldParent < 0 ? -1 : (predOf.get(goldParent) ?? -2); // -2: gold parent unmatched, never right
    if (pp[p] === want) parentRight++;
    else wrongParent.push(g);
    if (gold[g]!.level === pred[p]!.level) levelRight++;
  }
  const goldHit = new Set(pairs.map(([g]) => g));
  const predHit = new Set(pairs.map(([, p]) => p));
  return {
    ...withRates({ gold: gold.length, pred: pred.length, matched: pairs.length, parentRight, levelRight }),
    pairs,
    wrongParent,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !goldHit.has(i)),
    unmatchedPred: pred.map((_, i) => i).filter((i) => !predHit.has(i)),
  };
}

/** Micro average over cases: sum the entry counts, then take the rates. */
export function pooledOutline(rows: OutlineCounts[]): ReturnType<typeof withRates> {
  const z: OutlineCounts = { gold: 0, pred: 0, matched: 0, parentRight: 0, levelRight: 0 };
  for (const r of rows) {
    z.gold += r.gold;
    z.pred += r.pred;
    z.matched += r.matched;
    z.parentRight += r.parentRight;
    z.levelRight += r.levelRight;
  }
  return withRates(z);
}

// East Asian wide characters take two terminal columns; padEnd alone would skew the diff columns.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function padWidth(s: string, width: number): string {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return s + ' '.repeat(Math.max(0, width - w));
}

/** One readable line per heading for the --verbose diff: index, level, label, first 20 chars of title. */
export function describeHeading(h: Heading, index: number): string {
  const chars = [...h.title.replace(/\s+/g, ' ').trim()];
  const title = chars.slice(0, 20).join('') + (chars.length > 20 ? '…' : '');
  return `#${String(index).padStart(3)}  L${h.level}  ${padWidth(normLabel(h.label) ?? '∅', 10)}  ${title || '""'}`;
}
