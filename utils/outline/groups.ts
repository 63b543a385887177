/** The popup's highlight list: placed highlights in page order, grouped under their outline section; the rest apart. */
import type { Highlight } from '../model';

export interface HighlightGroup {
  /** e.g. "第三章 附则 › 第十二条"; '' for highlights before the first heading */
  section: string;
  items: Highlight[];
}

export const SECTION_SEPARATOR = ' › ';

/** `missing` = ids the page's highlighter could not place; they are listed apart, never dropped. */
export function groupHighlights(
  highlights: readonly Highlight[],
  missing: ReadonlySet<string>,
): { groups: HighlightGroup[]; notFound: Highlight[] } {
  const placed = highlights
    .filter((h) => !missing.has(h.id))
    .sort((a, b) => a.selectors.start - b.selectors.start || a.createdAt - b.createdAt);
  const groups: HighlightGroup[] = [];
  for (const h of placed) {
    const section = h.selectors.outlinePath.join(SECTION_SEPARATOR);
    const last = groups[groups.length - 1];
    if (last && last.section === section) last.items.push(h);
    else groups.push({ section, items: [h] });
  }
  return { groups, notFound: highlights.filter((h) => missing.has(h.id)) };
}
