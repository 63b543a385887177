/** Where a page's highlights are in its current text: ranges to paint, and the ids that have no place. */
import { anchorAll } from '../anchoring';
import type { PaintItem } from '../anchoring/dom/paint';
import { colorOf } from '../model/colors';
import { buildTextMap, offsetsToRange } from '../anchoring/dom/text-map';
import type { Highlight } from '../db/schema';

export function placeOnPage(doc: Document, highlights: readonly Highlight[]): { items: PaintItem[]; missing: string[] } {
  const map = buildTextMap(doc.body ?? doc.documentElement);
  const items: PaintItem[] = [];
  const missing: string[] = [];
  // All at once: a highlight only its position could place is retried with its neighbours' shift.
  const anchors = anchorAll(map.text, highlights.map((h) => h.selectors));
  for (const [i, h] of highlights.entries()) {
    const a = anchors[i];
    const range = a && offsetsToRange(map, doc, a.start, a.end);
    if (range) items.push({ id: h.id, color: colorOf(h.color), range });
    else missing.push(h.id);
  }
  return { items, missing };
}
