/** Text scoring for `npm run eval`: bag-of-tokens precision / recall / F1 of extracted text against ground truth. */

// Han, kana and hangul carry no spaces between words, so each character is a token of its own.
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
// Only letters, digits and marks take part: punctuation (full-width included) and symbols never count.
const WORDISH_RUN = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Tokens of a text: each CJK character one token, each run of other letters/digits one token, lower-cased.
 * NFKC first so full-width Latin and digits (２０１８, ＡＢＣ) compare equal to their ASCII forms.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(WORDISH_RUN)) {
    let word = '';
    for (const ch of run) {
      if (CJK_CHAR.test(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else word += ch;
    }
    if (word) out.push(word);
  }
  return out;
}

export interface TokenCounts {
  /** tokens in the prediction */
  pred: number;
  /** tokens in the ground truth */
  gold: number;
  /** multiset intersection size */
  common: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function tokenCounts(predicted: string, gold: string): TokenCounts {
  const p = bag(tokenize(predicted));
  const g = bag(tokenize(gold));
  let common = 0;
  let pred = 0;
  let goldN = 0;
  for (const n of g.values()) goldN += n;
  for (const [t, n] of p) {
    pred += n;
    common += Math.min(n, g.get(t) ?? 0);
  }
  return { pred, gold: goldN, common };
}

/** Two empty sides agree perfectly; one empty side scores 0 (nothing right, or nothing found). */
export function prf(common: number, pred: number, gold: number): Prf {
  if (pred === 0 && gold === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = pred ? common / pred : 0;
  const recall = gold ? common / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function textF1(predicted: string, gold: string): Prf & TokenCounts {
  const c = tokenCounts(predicted, gold);
  return { ...c, ...prf(c.common, c.pred, c.gold) };
}

/** Micro average: pool the token counts of every case, then score once. */
export function pooledF1(rows: TokenCounts[]): Prf {
  const sum = rows.reduce((a, r) => ({ pred: a.pred + r.pred, gold: a.gold + r.gold, common: a.common + r.common }), {
    pred: 0,
    gold: 0,
    common: 0,
  });
  return prf(sum.common, sum.pred, sum.gold);
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}
