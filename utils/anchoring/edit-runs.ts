/**
 * In how many separate places a candidate differs from the quote. An edit changes a passage in one place (a word
 * replaced, a phrase inserted); a lookalike — the same formula with other section numbers — differs in several
 * places spread over it. Runs of differences closer than JOIN characters count as one place.
 */

const JOIN = 4;

/** Number of separate places where `a` must be edited to become `b` (0 when equal). Plain O(|a|·|b|) alignment. */
export function editRuns(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const d = new Uint16Array((n + 1) * w);
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * w] = i;
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * w + j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      d[i * w + j] = Math.min(sub, d[(i - 1) * w + j]! + 1, d[i * w + j - 1]! + 1);
    }
  }
  // Walk one optimal alignment back, marking the positions of `a` (from its end) where a difference sits.
  let runs = 0;
  let sinceDiff = Infinity;
  for (let i = n, j = m; i > 0 || j > 0;) {
    const here = d[i * w + j]!;
    let diff = true;
    if (i > 0 && j > 0 && a.charCodeAt(i - 1) === b.charCodeAt(j - 1) && here === d[(i - 1) * w + j - 1]) {
      diff = false;
      i--;
      j--;
    } else if (i > 0 && j > 0 && here === d[(i - 1) * w + j - 1]! + 1) {
      i--;
      j--;
    } else if (i > 0 && here === d[(i - 1) * w + j]! + 1) i--;
    else j--;
    if (diff) {
      if (sinceDiff >= JOIN) runs++;
      sinceDiff = 0;
    } else sinceDiff++;
  }
  return runs;
}
