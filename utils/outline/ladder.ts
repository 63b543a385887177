/**
 * The Chinese numbering ladder 一、 > （一） > 1. > （1） > 1）: a reader of a Chinese document knows it whatever order the
 * styles are first met in. A report whose first section nests 1. right under 一、 (主要职能: 1. … 14.) and whose
 * later sections nest （一） under 一、 and 1、 under （三） still reads 1、 as （三）'s child; a budget whose 名词解释 runs
 * （一）…（八） under a bold line, and whose 一、 comes only near its end, still sets （一） under that 一、.
 * First-met ranking (./levels) holds for every other style; of these, those present take the ranks they occupy
 * between them in ladder order (a skipped tier still leaves no gap).
 */
const LADDER = ['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'ar-half'];

/** `order`: tier keys as first met → the same keys with the ladder's present members in ladder order. */
export function ladderOrder(order: string[]): string[] {
  // only a document numbered the Chinese way: 1. > (1) alone is ranked as met (an English list may nest either way)
  if (!order.includes('cn-dun') && !order.includes('cn-paren')) return order;
  const slots = order.flatMap((k, i) => (LADDER.includes(k) ? [i] : []));
  const sorted = order.filter((k) => LADDER.includes(k)).sort((a, b) => LADDER.indexOf(a) - LADDER.indexOf(b));
  const out = [...order];
  slots.forEach((slot, n) => (out[slot] = sorted[n]!));
  return out;
}
