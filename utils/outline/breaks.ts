/**
 * A section break printed as a row of marks between items — a dinkus: `* * *`, `• • •`, `⁂`, and the small o's a
 * Senate Journal centres between its entries (`o o o`). It separates what is around it; it heads nothing, and read
 * as a heading it cut the sections it sits between off from the part holding them.
 */
const SPACED = /^([*•·○◦~⁎∗✱o])(?:[\s\u00a0]+\1){2,}$/;
const RUN = /^([*•·~⁎∗✱])\1{2,}$/;

export function isSectionBreak(text: string): boolean {
  const t = text.trim();
  return t === '⁂' || SPACED.test(t) || RUN.test(t);
}
