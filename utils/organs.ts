/**
 * Organ names (国务院办公厅, 某某县农业农村局, 中华人民共和国教育部) and lines listing them: what a signature or a
 * masthead prints. Shared by the policy metadata (who issues a document) and the outline (such lines are no heads).
 */
// Organ names end in one of these; prose, titles, closing formulas (特此通知) and events (运动会) do not.
export const ORGAN =
  /^[\u4e00-\u9fa5]{2,30}(?:院|厅|部|委|局|署|办|办公室|府|委员会|联合会|协会|学会|银行|小组|中心|司|党委|党组|集团|公司|总队|调查队|支队)$/;
// A signature set with letter-spacing (国 家 能 源 局) is one name: single characters in a row are joined.
const joinSpacedLetters = (acc: string[], p: string, i: number, all: string[]): string[] => {
  const prev = acc[acc.length - 1];
  if (p.length === 1 && i > 0 && all[i - 1]!.length === 1 && prev) acc[acc.length - 1] = prev + p;
  else acc.push(p);
  return acc;
};

/** Organ names on a signature line ("国务院　中央军委" → ["国务院", "中央军委"]), or null when it is not one. */
export function organs(line: string): string[] | null {
  // Joint notices list several organs on one line, spaced or joined with 、/，.
  const parts = line
    .split(/[\s、，,]+/)
    .filter(Boolean)
    .reduce(joinSpacedLetters, []);
  return parts.length > 0 && parts.length <= 8 && parts.every((p) => ORGAN.test(p)) ? parts : null;
}
