/**
 * Comparison form of a text: what a re-extraction or a site's re-typesetting may change is folded away, so that
 * an exact quote still matches exactly. Whitespace is dropped (Chinese text gains or loses spaces and line breaks
 * between runs freely; in English dropping it only ever merges words, which the context then tells apart),
 * full-width ASCII becomes ASCII, CJK punctuation with an ASCII twin (。“”—…) becomes that twin, A–Z is lowercased.
 * `map` leads back from every code unit of the folded string to the original, so results are original offsets.
 */

export interface Folded {
  text: string;
  /** map[i] = offset in the original of folded code unit i; map[text.length] = original length */
  map: Uint32Array;
  /** breaks[i] = 1 when a line break (a paragraph boundary) stood just before folded unit i; length text.length + 1 */
  breaks: Uint8Array;
}

const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** Folded replacement of one UTF-16 code unit: '' drops it; most units map to themselves. */
function foldUnit(c: number): string | null {
  if (c <= 0x20 || c === 0x7f) return '';
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if (c < 0x80) return null;
  // Full-width ASCII (！ … ～, including ，：；（）？): the same character, half-width, then lowercased.
  if (c >= 0xff01 && c <= 0xff5e) return foldUnit(c - 0xfee0) ?? String.fromCharCode(c - 0xfee0);
  switch (c) {
    case 0x00a0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0x00ad:
      return '';
    case 0x3002:
    case 0xff61:
      return '.';
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x300c:
    case 0x300d:
      return '"';
    case 0x2018:
    case 0x2019:
    case 0x300e:
    case 0x300f:
      return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x2026:
      return '...';
    case 0x30fb:
    case 0x2027:
    case 0x2219:
      return '\u00b7';
    case 0xfe50:
    case 0xff64:
      return ',';
  }
  if (c >= 0x2000 && c <= 0x200a) return '';
  return null;
}

/** Fold `s` for comparison; see the module comment. */
export function fold(s: string): Folded {
  const n = s.length;
  const codes = new Uint16Array(n * 3 + 1);
  const map = new Uint32Array(n * 3 + 1);
  const breaks = new Uint8Array(n * 3 + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isBreak(c)) breaks[k] = 1;
    const r = foldUnit(c);
    if (r === null) {
      codes[k] = c;
      map[k++] = i;
    } else {
      for (let j = 0; j < r.length; j++) {
        codes[k] = r.charCodeAt(j);
        map[k++] = i;
      }
    }
  }
  map[k] = n;
  let text = '';
  // fromCharCode over chunks: one call per unit would be several times slower on a 100k-character page.
  for (let i = 0; i < k; i += 8192) text += String.fromCharCode(...codes.subarray(i, Math.min(k, i + 8192)));
  return { text, map: map.slice(0, k + 1), breaks: breaks.slice(0, k + 1) };
}

/** Folded offset of original offset `orig`: the first folded unit at or after it. */
export function toFolded(f: Folded, orig: number): number {
  let lo = 0;
  let hi = f.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.map[mid]! < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original range of the folded range [start, end): from its first unit to just after its last one. */
export function toOriginal(f: Folded, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = f.map[start] ?? f.map[f.text.length]!;
    return { start: at, end: at };
  }
  return { start: f.map[start]!, end: f.map[end - 1]! + 1 };
}
