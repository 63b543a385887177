/**
 * Traditional → simplified folding for search (稅務 finds 税务), one character for one character, from OpenCC's
 * character tables (t→cn, with Taiwan and Hong Kong variant forms first). Phrase rules are left out on purpose:
 * they may change a text's length, and a search keeps its folded text offset for offset with the source for
 * snippets. Only one-unit to one-unit mappings (the Basic Multilingual Plane) are kept, so folding never moves an offset.
 */
// the character tables alone: the presets would bring ~70 KB of phrase tables that are never used here
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** OpenCC's dictionary text, `trad simp|trad simp|…` (a value may list alternatives after a space: the first wins). */
function pairs(dict: string): [string, string][] {
  const rows = dict.split('|').map((e) => e.split(' ') as [string, string]);
  return rows.filter(([a, b]) => !!a && !!b && [...a].length === 1 && a.length === b.length);
}

function charMap(): Map<string, string> {
  const variants = new Map<string, string>();
  for (const dict of [TWVariantsRev, HKVariantsRev]) for (const [a, b] of pairs(dict)) variants.set(a, b);
  const chars = new Map(pairs(TSCharacters));
  const out = new Map<string, string>();
  for (const [a, b] of variants) out.set(a, chars.get(b) ?? b);
  for (const [a, b] of chars) if (!out.has(a)) out.set(a, b);
  for (const [a, b] of out) if (a === b || a.length !== b.length) out.delete(a);
  return out;
}

let table: Uint16Array | null = null;

/** Every traditional character in `s` → its simplified form; same length, so offsets stay valid. */
export function toSimplified(s: string): string {
  // a lookup table and a scan: a regular expression of 3,000 characters took 5× as long as NFKC on a whole library
  if (!table) {
    table = new Uint16Array(0x10000);
    for (const [a, b] of charMap()) if (a.length === 1) table[a.charCodeAt(0)] = b.charCodeAt(0);
  }
  const t = table;
  let i = 0;
  const n = s.length;
  while (i < n && !t[s.charCodeAt(i)]) i++;
  if (i === n) return s;
  // from the first traditional character on, code units in a buffer, turned back into a string in chunks
  const buf = new Uint16Array(n - i);
  for (let k = i; k < n; k++) {
    const c = s.charCodeAt(k);
    buf[k - i] = t[c] || c;
  }
  const parts = [s.slice(0, i)];
  for (let k = 0; k < buf.length; k += CHUNK) parts.push(String.fromCharCode(...buf.subarray(k, k + CHUNK)));
  return parts.join('');
}

const CHUNK = 8192;
