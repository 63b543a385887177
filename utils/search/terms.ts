/**
 * A query → the terms that must all occur, plus the whole query as a phrase (for ranking). Words come from
 * Intl.Segmenter; where it is missing, CJK runs become character bigrams. Matching is by substring, so a term
 * segmented differently from the text (数字经济 vs 数字 / 经济) still matches.
 */
import { takeDocNumbers, tidyDocNumbers } from './doc-number';
import { fold } from './normalize';

export interface ParsedQuery {
  /** folded, de-duplicated, longest first; a "quoted phrase" is one term */
  terms: string[];
  /** the whole query folded, quotes removed ('' when there are no terms) */
  phrase: string;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

type SegmenterCtor = new (
  lang: string,
  opts: { granularity: 'word' },
) => {
  segment(s: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }>;
};

/** Without Intl.Segmenter: letter/number runs as words, CJK runs as overlapping bigrams. */
function fallbackWords(s: string): string[] {
  const out: string[] = [];
  for (const chunk of s.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!chunk) continue;
    for (const part of chunk.split(CJK_RUN)) if (part) out.push(part);
    for (const [run] of chunk.matchAll(CJK_RUN)) {
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    }
  }
  return out;
}

/**
 * Word-like segments; a one-character segment is glued to a neighbour it touches (国+发 → 国发, 5+号 → 5号), since
 * one character alone matches almost everything.
 */
export function splitWords(s: string, lang: string, Segmenter: SegmenterCtor | undefined): string[] {
  if (!Segmenter) return fallbackWords(s);
  const out: { text: string; end: number; single: boolean }[] = [];
  for (const seg of new Segmenter(lang, { granularity: 'word' }).segment(s)) {
    if (!seg.isWordLike) continue;
    const single = [...seg.segment].length === 1;
    const last = out[out.length - 1];
    if (last && last.end === seg.index && (single || last.single)) {
      last.text += seg.segment;
      last.end += seg.segment.length;
      last.single = false;
    } else out.push({ text: seg.segment, end: seg.index + seg.segment.length, single });
  }
  return out.map((w) => w.text);
}

export function parseQuery(query: string, lang = 'zh', Segmenter?: SegmenterCtor | null): ParsedQuery {
  const seg = Segmenter === null ? undefined : (Segmenter ?? (Intl as { Segmenter?: SegmenterCtor }).Segmenter);
  const q = tidyDocNumbers(fold(query.replace(/[“”„‟＂]/g, '"')));
  const terms: string[] = [];
  // "quoted phrases" first, then document numbers, then the words of what is left
  const unquoted = q.replace(/"([^"]*)"?/g, (_, p: string) => {
    const phrase = p.trim();
    if (phrase) terms.push(phrase);
    return ' ';
  });
  const { found, rest } = takeDocNumbers(unquoted);
  terms.push(...found, ...splitWords(rest, lang, seg));
  const unique = [...new Set(terms.filter((t) => t.length > 0))];
  // a term inside a longer one adds nothing to "every term occurs"
  const kept = unique.filter((t) => !unique.some((o) => o !== t && o.includes(t)));
  kept.sort((a, b) => b.length - a.length);
  const phrase = kept.length ? q.replace(/"/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return { terms: kept, phrase };
}
