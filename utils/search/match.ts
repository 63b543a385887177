/** Does a document match every term, and how well. Runs over every document per search, so it stays cheap. */
import type { SearchDoc } from './document';
import { mayContain } from './signature';
import type { ParsedQuery } from './terms';

export type Field = 'title' | 'meta' | 'text' | 'highlight' | 'note';

/** Title and metadata say what a document is; highlights and notes are what the user cared about. */
export const WEIGHTS: Record<Field, number> = { title: 8, meta: 6, highlight: 5, note: 5, text: 1 };
/** more hits rank higher, up to this many per field: counting stops there */
const CAP = 5;
/** A whole-query phrase match ranks above any match of the separate terms. */
export const PHRASE_BONUS = 10_000;

export function countIn(hay: string, needle: string, cap = CAP): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0 && n < cap; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

const CJK_GAP = /(?<=[\p{Script=Han}]) (?=[\p{Script=Han}])/gu;

/** The phrase as typed, and for Chinese also without the spaces between words (数字 经济 → 数字经济). */
export function phraseVariants(q: ParsedQuery): string[] {
  if (!q.phrase) return [];
  const tight = q.phrase.replace(CJK_GAP, '');
  return tight === q.phrase ? [q.phrase] : [q.phrase, tight];
}

const SHORT: Field[] = ['title', 'meta', 'highlight', 'note'];

/**
 * Weighted hits of one needle over the fields; 0 when it occurs nowhere. `bodyToo` false: short fields only.
 * Short fields count hits; the body only says whether and how early (a lead paragraph is what a document is about):
 * counting hits in a long body means scanning it to the end, and that was most of a search's time.
 */
function weigh(doc: SearchDoc, needle: string, bodyToo = true): number {
  let score = 0;
  for (const f of SHORT) {
    const c = countIn(doc[f], needle);
    if (c) score += WEIGHTS[f] * (1 + Math.log2(c));
  }
  if (bodyToo && mayContain(doc.textSig, needle)) {
    const at = doc.text.indexOf(needle);
    if (at >= 0) score += WEIGHTS.text * (1.5 - (0.5 * at) / doc.text.length);
  }
  return score;
}

/**
 * Score of a matching document, or -1 when some term occurs in none of its fields. A document with the whole
 * phrase ranks above every one without it and is scored on the phrase (it holds every term); the others on their
 * terms. Ordered so that most documents are rejected, or matched, after one or two passes over their text.
 */
export function scoreDoc(doc: SearchDoc, q: ParsedQuery, phrases = phraseVariants(q)): number {
  if (!q.terms.length) return -1;
  const multi = q.terms.length > 1 || q.terms[0] !== q.phrase;
  if (multi) {
    // phrases[0] is as typed; a spaced Chinese variant (数字 经济) is only looked for outside the body
    const [typed, tight] = phrases;
    const p = (tight ? weigh(doc, tight) : 0) || (typed ? weigh(doc, typed, !tight) : 0);
    if (p) return round(PHRASE_BONUS + Math.min(p * q.terms.length, PHRASE_BONUS - 1));
  }
  let score = 0;
  for (const term of q.terms) {
    const w = weigh(doc, term);
    if (!w) return -1;
    score += w;
  }
  return round(Math.min(score, PHRASE_BONUS - 1));
}

const round = (n: number) => Math.round(n * 100) / 100;
