/**
 * A bit signature of a text's character bigrams (a one-hash Bloom filter), so a search can prove in a few lookups
 * that a body does NOT hold a term or phrase before scanning it. Most of a search's time is spent proving absence —
 * a document holding every term but not the phrase must otherwise be scanned end to end for the phrase.
 * ~4 bits per character keeps false positives near 20% for one bigram and far lower for longer needles.
 */
export type Signature = Uint32Array;

const MIN_BITS = 1 << 8;
const MAX_BITS = 1 << 21;

function bitsFor(length: number): number {
  let bits = MIN_BITS;
  while (bits < length * 4 && bits < MAX_BITS) bits <<= 1;
  return bits;
}

/** Both characters fully mixed (murmur3's finaliser): a plain multiply left the first character's high bits out. */
function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

export function signatureOf(text: string): Signature {
  const bits = bitsFor(text.length);
  const sig = new Uint32Array(bits >>> 5);
  const mask = bits - 1;
  for (let i = 1; i < text.length; i++) {
    const s = slot(text.charCodeAt(i - 1), text.charCodeAt(i), mask);
    sig[s >>> 5]! |= 1 << (s & 31);
  }
  return sig;
}

/** False only when the text surely lacks the needle; needles shorter than two characters always may occur. */
export function mayContain(sig: Signature, needle: string): boolean {
  const mask = sig.length * 32 - 1;
  for (let i = 1; i < needle.length; i++) {
    const s = slot(needle.charCodeAt(i - 1), needle.charCodeAt(i), mask);
    if (!(sig[s >>> 5]! & (1 << (s & 31)))) return false;
  }
  return true;
}
