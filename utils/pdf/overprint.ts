/**
 * Text drawn twice in the same place. A browser printing a page whose font has no bold face makes the bold itself by
 * drawing each bold run twice (a gov.cn page printed to PDF: `附件1附件1`, `地地方方政府政府…`); other writers stroke
 * a run over its fill. The text layer then holds both copies, and every bold heading comes out doubled, one copy
 * woven through the other. A reader sees one run: the second copy is dropped.
 */
import type { Item } from './types';

/** How near (in ems) a copy's origin is to the first one's. */
const NEAR = 0.1;

export function dropOverprints(items: Item[]): Item[] {
  const seen = new Map<string, Item[]>();
  return items.filter((it) => {
    const same = seen.get(it.str);
    const tol = NEAR * it.size;
    if (same?.some((s) => Math.abs(s.x - it.x) < tol && Math.abs(s.y - it.y) < tol && Math.abs(s.size - it.size) < tol)) return false;
    if (same) same.push(it);
    else seen.set(it.str, [it]);
    return true;
  });
}
