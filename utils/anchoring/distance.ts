/**
 * String measures for scoring (score.ts) and end refinement (refine.ts): plain edit distance of two short strings,
 * and how well a pattern occurs somewhere in a text.
 */

let row = new Int32Array(64);

/**
 * 1 − (edit distance of `pattern` to the best-matching part of `text`) / |pattern|. Contexts are ~32 characters,
 * so a plain dynamic programme over one reused row beats the bit-parallel matcher's per-call set-up several times.
 */
export function similarity(text: string, pattern: string): number {
  const m = pattern.length;
  if (!m) return 1;
  if (!text.length) return 0;
  if (text === pattern) return 1;
  if (row.length <= m) row = new Int32Array(m * 2);
  // row[i] = cost of pattern[0, i) ending at the current text position; starting anywhere in the text is free.
  for (let i = 0; i <= m; i++) row[i] = i;
  let bestErrors = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    let diag = 0;
    row[0] = 0;
    for (let i = 1; i <= m; i++) {
      const up = row[i]!;
      const v = Math.min(diag + (pattern.charCodeAt(i - 1) === c ? 0 : 1), up + 1, row[i - 1]! + 1);
      diag = up;
      row[i] = v;
    }
    if (row[m]! < bestErrors) bestErrors = row[m]!;
  }
  return 1 - bestErrors / m;
}

/** Plain edit distance of two short strings (contexts within one paragraph, a refined quote). */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  return prev[b.length]!;
}
