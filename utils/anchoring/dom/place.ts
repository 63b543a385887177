/**
 * Anchoring in a DOM, the one entry point for the live page's highlighter and the reader: where stored highlights are
 * in the visible text under `root` (ranges to paint, and the ones with no place), and the selectors of a new
 * selection. Painting is the caller's (utils/highlighter/overlay.ts on pages, utils/reader/paint.ts in the reader).
 */
import { anchorAll, describeTextRange } from '../index';
import { colorOf, type HighlightColor } from '../../model/colors';
import type { Highlight, HighlightSelectors, OutlineEntry } from '../../model';
import { headingOffsets, outlinePathAt } from '../../outline/path';
import { buildTextMap, offsetsToRange, rangeToOffsets } from './text-map';

export interface PaintItem {
  id: string;
  color: HighlightColor;
  range: Range;
  /** it has a note: the live page marks it, since there a note is seen only by opening the highlight */
  noted?: boolean;
}

export interface Placement<H extends Highlight = Highlight> {
  placed: PaintItem[];
  /** never dropped: the callers list them apart */
  missing: H[];
}

/** All at once (anchorAll): a highlight only its position could place is retried with its neighbours' shift. */
export function placeHighlights<H extends Highlight>(root: Node, highlights: readonly H[]): Placement<H> {
  const map = buildTextMap(root);
  const doc = root.ownerDocument ?? (root as Document);
  const placed: PaintItem[] = [];
  const missing: H[] = [];
  const anchors = anchorAll(
    map.text,
    highlights.map((h) => h.selectors),
  );
  for (const [i, h] of highlights.entries()) {
    const a = anchors[i];
    const range = a && offsetsToRange(map, doc, a.start, a.end);
    if (range) placed.push({ id: h.id, color: colorOf(h.color), range, noted: !!h.note?.trim() });
    else missing.push(h);
  }
  return { placed, missing };
}

/**
 * A selection read off the visible text under `root` now; its selectors once the outline is known (the page's
 * highlighter may have to clip the page first to get it). Null when the selection holds none of that text.
 */
export function readSelection(root: Node, range: AbstractRange): ((outline: readonly OutlineEntry[]) => HighlightSelectors) | null {
  const map = buildTextMap(root);
  const offs = rangeToOffsets(map, range);
  if (!offs) return null;
  return (outline) =>
    describeTextRange(map.text, offs.start, offs.end, outlinePathAt(outline, headingOffsets(map.text, outline), offs.start));
}

export function selectorsForRange(root: Node, range: AbstractRange, outline: readonly OutlineEntry[]): HighlightSelectors | null {
  return readSelection(root, range)?.(outline) ?? null;
}
