/**
 * Robustness and speed of highlight anchoring (utils/anchoring) on generated law-like texts.
 *
 * Every character of the original text carries its offset as an id through the edits (insertions and substitutions
 * bring id −1, deletions drop ids, paragraph moves carry them along), so the edited document knows where each
 * highlight's text went. For a highlight over original [s, e):
 * - its surviving characters, in id order, are cut into runs wherever their new positions go backwards or jump
 *   further than the ids do (+12, room for an insertion): a paragraph move split it there. The longest run is its
 *   true location [ts, te) — first to last surviving character — if it keeps at least half of the characters;
 *   otherwise the highlight is lost (its quote no longer exists) and the right answer is null.
 * - d = characters of the highlight edited away (deleted, substituted, split off) + characters inserted inside
 *   [ts, te). d = 0 for an untouched highlight.
 * An anchored span [a, b) is exact when |a − ts| ≤ d and |b − te| ≤ d (so an untouched highlight must come back to
 * the very same span, and an edited one must cover its edited location give or take its own edits); partial when
 * it overlaps any run of the highlight's surviving characters otherwise (a highlight that a paragraph move split
 * has no single right place: landing on the smaller piece, even of a "lost" one, is on its own text); misplaced
 * when it overlaps none of them.
 *
 * Indistinguishable: a highlight whose prefix + quote + suffix (folded) occurs more than once in the original text.
 * Once edits move it, no selector tells its copies apart, and anchoring returns null rather than the nearest copy
 * (utils/anchoring/score.ts). "exact% dist." is exact% over the other highlights — the best any anchoring can reach;
 * "exact%" counts all of them, and "misplaced" includes wrong copies of indistinguishable ones.
 */
import { performance } from 'node:perf_hooks';
import { anchorInText, describeTextRange } from '../../utils/anchoring';
import { fold } from '../../utils/anchoring/normalize';
import { chineseLaw, englishAct, int, prng, type Rand } from './gen-text';
import { fmt, median } from './stats';

const RATES = [0.001, 0.005, 0.01, 0.02, 0.05];
const HIGHLIGHTS = 300;
/** Characters that edits insert or substitute: common ones, so edits look like rewording rather than noise. */
export const ZH_FILLER = '的是在了和有大这中人上为地个用工时要动国产以到会作来分生对于下级年发成部民可出能方进行面种过度而多后自社加小机经力本高量长得实家定法表着水理化现所起政好无农使性前等体合路把结里正新开之物从当两还天资事';
export const EN_FILLER = 'etaoinshrdlucmfwypvbgkjqxz     ,.';

interface Doc {
  chars: string[];
  ids: number[];
}

const isSpace = (c: string) => /\s/.test(c);

/** Edit until rate × length characters were inserted, deleted or substituted; paragraph moves count 10 each. */
export function edit(text: string, rate: number, r: Rand, filler: string): Doc {
  const chars = text.split('');
  const ids = chars.map((_, i) => i);
  const randomChars = (n: number) => Array.from({ length: n }, () => filler[int(r, 0, filler.length - 1)]!);
  for (let budget = Math.round(rate * text.length); budget > 0; ) {
    const k = r();
    const at = int(r, 0, chars.length - 1);
    if (k < 0.4) {
      const n = int(r, 1, 3);
      for (let i = at; i < Math.min(chars.length, at + n); i++) if (chars[i] !== '\n') { chars[i] = randomChars(1)[0]!; ids[i] = -1; }
      budget -= n;
    } else if (k < 0.65) {
      const n = int(r, 1, 12);
      chars.splice(at, 0, ...randomChars(n));
      ids.splice(at, 0, ...new Array<number>(n).fill(-1));
      budget -= n;
    } else if (k < 0.9) {
      const n = int(r, 1, 12);
      chars.splice(at, n);
      ids.splice(at, n);
      budget -= n;
    } else {
      // Move the paragraph holding `at` (with its line break) after another line break.
      const s = chars.lastIndexOf('\n', at) + 1;
      let e = chars.indexOf('\n', at);
      if (e < 0 || s === 0) continue;
      e += 1;
      const pc = chars.splice(s, e - s);
      const pi = ids.splice(s, e - s);
      let to = chars.indexOf('\n', int(r, 0, chars.length - 1));
      to = to < 0 ? chars.length : to + 1;
      chars.splice(to, 0, ...pc);
      ids.splice(to, 0, ...pi);
      budget -= 10;
    }
  }
  return { chars, ids };
}

/** Spans [first, last + 1) of the highlight's surviving runs, wherever paragraph moves took them. */
type Pieces = [number, number][];
type Truth = ({ lost: true } | { lost: false; start: number; end: number; d: number }) & { pieces: Pieces };

export function truthOf(posOf: Int32Array, chars: string[], s: number, e: number): Truth {
  let runs: number[][] = [];
  let cur: number[] = [];
  let prevId = -1;
  for (let id = s; id < e; id++) {
    const p = posOf[id]!;
    if (p < 0) continue;
    const prev = cur[cur.length - 1];
    if (prev !== undefined && (p < prev || p - prev > id - prevId + 12)) { runs.push(cur); cur = []; }
    cur.push(p);
    prevId = id;
  }
  runs.push(cur);
  runs = runs.filter((x) => x.length).sort((a, b) => b.length - a.length);
  const pieces: Pieces = runs.map((x) => [x[0]!, x[x.length - 1]! + 1]);
  const run = runs[0] ?? [];
  if (run.length * 2 < e - s) return { lost: true, pieces };
  let start = run[0]!;
  let end = run[run.length - 1]! + 1;
  while (start < end && isSpace(chars[start]!)) start++;
  while (end > start && isSpace(chars[end - 1]!)) end--;
  return { lost: false, pieces, start, end, d: e - s - run.length + (run[run.length - 1]! + 1 - run[0]! - run.length) };
}

export function makeHighlights(text: string, r: Rand, n: number) {
  const out = [];
  while (out.length < n) {
    let s = int(r, 0, text.length - 6);
    let e = Math.min(text.length, s + int(r, 5, 120));
    // A selection made in the UI is trimmed; ranges of only whitespace are skipped.
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e - s >= 5) out.push(describeTextRange(text, s, e));
  }
  return out;
}

function robustness(name: string, text: string, filler: string, seed: number): void {
  console.log(`\n${name}: ${text.length} characters, ${HIGHLIGHTS} highlights of 5–120 characters`);
  console.log('edit rate'.padEnd(10), 'lost'.padStart(5), 'exact%'.padStart(7), 'partial'.padStart(8), 'misplaced'.padStart(10), 'not found'.padStart(10), 'lost→null'.padStart(10), 'indist.'.padStart(8), 'exact% dist.'.padStart(13));
  const highlights = makeHighlights(text, prng(seed), HIGHLIGHTS);
  const folded = fold(text).text;
  const indistinguishable = highlights.map((h) => {
    const full = fold(h.prefix + h.quote + h.suffix).text;
    return folded.indexOf(full) !== folded.lastIndexOf(full);
  });
  for (const rate of RATES) {
    const r = prng(seed * 7919 + Math.round(rate * 1e4));
    const doc = edit(text, rate, r, filler);
    const edited = doc.chars.join('');
    const posOf = new Int32Array(text.length).fill(-1);
    doc.ids.forEach((id, p) => { if (id >= 0) posOf[id] = p; });
    const c = { lost: 0, exact: 0, partial: 0, misplaced: 0, notFound: 0, lostNull: 0, indist: 0, distExact: 0 };
    for (const [i, h] of highlights.entries()) {
      const truth = truthOf(posOf, doc.chars, h.start, h.end);
      const got = anchorInText(edited, h);
      // On a piece of its own text that a paragraph move split off: not the best answer, but not a wrong place.
      const onPiece = !!got && truth.pieces.some(([a, b]) => got.start < b && got.end > a);
      if (truth.lost) {
        c.lost++;
        if (!got) c.lostNull++;
        else if (onPiece) c.partial++;
        else c.misplaced++;
        continue;
      }
      if (indistinguishable[i]) c.indist++;
      if (!got) c.notFound++;
      else if (Math.abs(got.start - truth.start) <= truth.d && Math.abs(got.end - truth.end) <= truth.d) {
        c.exact++;
        if (!indistinguishable[i]) c.distExact++;
      } else if (onPiece) c.partial++;
      else c.misplaced++;
    }
    const kept = HIGHLIGHTS - c.lost;
    console.log(`${(rate * 100).toFixed(1)}%`.padEnd(10), String(c.lost).padStart(5), fmt((100 * c.exact) / kept).padStart(7), String(c.partial).padStart(8), String(c.misplaced).padStart(10), String(c.notFound).padStart(10), String(c.lostNull).padStart(10), String(c.indist).padStart(8), fmt((100 * c.distExact) / (kept - c.indist)).padStart(13));
  }
}

function timing(text: string): void {
  const highlights = makeHighlights(text, prng(99), 200);
  console.log(`\nTime to anchor 200 highlights in ${text.length} characters (ms, median of 7 runs; each run folds the page anew when it needs to)`);
  for (const rate of [0, 0.01, 0.05]) {
    const edited = rate ? edit(text, rate, prng(1234), ZH_FILLER).chars.join("") : text;
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const fresh = `${edited} `; // a new string each run, so the page is folded again as it would be when opened
      const t0 = performance.now();
      for (const h of highlights) anchorInText(fresh, h);
      times.push(performance.now() - t0);
    }
    const f0 = performance.now();
    fold(edited);
    console.log(`  edited ${(rate * 100).toFixed(0)}%: ${fmt(median(times))} ms (of which folding ${fmt(performance.now() - f0)} ms)`);
  }
}

export async function benchAnchoring(): Promise<void> {
  const zh = chineseLaw(120_000, 11);
  const en = englishAct(120_000, 12);
  robustness('Chinese statute', zh, ZH_FILLER, 11);
  robustness('English Act', en, EN_FILLER, 12);
  timing(zh);
}
