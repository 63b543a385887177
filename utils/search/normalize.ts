/**
 * Search folding: NFKC (full-width = half-width, compatibility ideographs = unified), lower case, whitespace runs
 * collapsed to one space, traditional characters to simplified, a 文号's year brackets to 〔〕. Queries and stored
 * documents go through the same function.
 */
import { toSimplified } from './hant';

/** A 文号's year in whatever brackets were at hand (after NFKC), as the metadata reader normalises it: 〔2019〕. */
const YEAR_BRACKETS = /[[【(〔{〈<《〖](\d{4})[\]】)〕}〉>》〗]/g;

/** The steps after NFKC, lower case and spaces: both keep the length, so foldWithMap's offsets stay valid. */
const finish = (s: string) => toSimplified(s).replace(YEAR_BRACKETS, '〔$1〕');

/** Fast path for indexing whole documents. */
export function fold(s: string): string {
  return finish(s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/** Whitespace runs → one space, nothing else changed: the text snippets are cut from. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface FoldedText {
  /** folded text */
  norm: string;
  /** for each code unit of `norm`: where the source cluster it came from starts / ends in the source text */
  start: Int32Array;
  end: Int32Array;
}

// JS \s, by code unit
const SPACE = /\s/;
const MARK = /\p{M}/u;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(String.fromCharCode(c)));
/** CJK unified ideographs: NFKC and lower case leave them alone */
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * fold() cluster by cluster (a character with its combining marks), remembering where each folded unit came from, so
 * a match found in the folded text can be marked in the source. ASCII and Han take a fast path. Used only for the
 * few texts a result page shows, never for whole libraries.
 */
export function foldWithMap(src: string): FoldedText {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const emit = (piece: string, from: number, to: number) => {
    for (let k = 0; k < piece.length; k++) (out.push(piece[k]!), start.push(from), end.push(to));
  };
  const n = src.length;
  for (let i = 0; i < n;) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(src.charCodeAt(j))) j++;
      if (out.length && out[out.length - 1] !== ' ') emit(' ', i, j);
      i = j;
      continue;
    }
    const next = i + 1 < n ? src.charCodeAt(i + 1) : 0;
    const plainNext = next < 0x300 || !MARK.test(String.fromCharCode(next));
    if (c < 0x80 && plainNext) {
      emit(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : src[i]!, i, i + 1);
      i++;
      continue;
    }
    if (isHan(c) && plainNext) {
      emit(src[i]!, i, i + 1);
      i++;
      continue;
    }
    let j = i + ((c & 0xfc00) === 0xd800 && (next & 0xfc00) === 0xdc00 ? 2 : 1);
    while (j < n) {
      const cp = src.codePointAt(j)!;
      if (!MARK.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const piece = src.slice(i, j).normalize('NFKC').toLowerCase();
    // a compatibility space (U+3000 is \s, but e.g. U+00A8 folds to " ̈") joins the collapsing
    emit(piece.startsWith(' ') && out[out.length - 1] === ' ' ? piece.slice(1) : piece, i, j);
    i = j;
  }
  // fold() trims; a trailing space can only come from collapsed whitespace
  if (out[out.length - 1] === ' ') (out.pop(), start.pop(), end.pop());
  return { norm: finish(out.join('')), start: Int32Array.from(start), end: Int32Array.from(end) };
}
