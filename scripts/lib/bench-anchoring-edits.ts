/**
 * Random edits for the anchoring benchmark (bench-anchoring.ts), with each character's original offset carried along
 * so the edited text knows where every highlight went; and the highlights themselves. No Node APIs: also bundled into
 * the Chromium timing page.
 */
import { describeTextRange } from '../../utils/anchoring';
import { int, type Rand } from './gen-text';

/** Characters that edits insert or substitute: common ones, so edits look like rewording rather than noise. */
export const ZH_FILLER =
  '的是在了和有大这中人上为地个用工时要动国产以到会作来分生对于下级年发成部民可出能方进行面种过度而多后自社加小机经力本高量长得实家定法表着水理化现所起政好无农使性前等体合路把结里正新开之物从当两还天资事';
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
  for (let budget = Math.round(rate * text.length); budget > 0;) {
    const k = r();
    const at = int(r, 0, chars.length - 1);
    if (k < 0.4) {
      const n = int(r, 1, 3);
      for (let i = at; i < Math.min(chars.length, at + n); i++)
        if (chars[i] !== '\n') {
          chars[i] = randomChars(1)[0]!;
          ids[i] = -1;
        }
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
    if (prev !== undefined && (p < prev || p - prev > id - prevId + 12)) {
      runs.push(cur);
      cur = [];
    }
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
