/**
 * The clip's highlights in the reader's own text: all are anchored together (anchorAll) in the visible text of the
 * rendered article, which is the stored article, not the live page the highlight may have been made on.
 * What cannot be placed is returned apart, to be listed; it is never dropped.
 */
import { anchorAll, describeTextRange } from '../anchoring';
import { headingOffsets, outlinePathAt } from '../outline/path';
import type { PaintItem } from '../anchoring/dom/paint';
import { colorOf } from '../model/colors';
import { buildTextMap, offsetsToRange, rangeToOffsets } from '../anchoring/dom/text-map';
import type { Highlight, HighlightSelectors, OutlineEntry } from '../model';

export interface Placement {
  items: PaintItem[];
  missing: Highlight[];
}

export function placeHighlights(root: Element, highlights: readonly Highlight[]): Placement {
  const map = buildTextMap(root);
  const items: PaintItem[] = [];
  const missing: Highlight[] = [];
  const anchors = anchorAll(map.text, highlights.map((h) => h.selectors));
  for (const [i, h] of highlights.entries()) {
    const a = anchors[i];
    const range = a && offsetsToRange(map, root.ownerDocument, a.start, a.end);
    if (range) items.push({ id: h.id, color: colorOf(h.color), range });
    else missing.push(h);
  }
  return { items, missing };
}

/** Selectors for a selection inside the article, described on the article's text; null when it holds no text. */
export function selectorsForRange(root: Element, range: Range, outline: readonly OutlineEntry[]): HighlightSelectors | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const map = buildTextMap(root);
  const offs = rangeToOffsets(map, range);
  if (!offs) return null;
  const path = outlinePathAt(outline, headingOffsets(map.text, outline), offs.start);
  return describeTextRange(map.text, offs.start, offs.end, path);
}
