/** The library filter on a clip in memory; the database answers the same filter from its indexes (utils/db/library-query). */
import type { Clip, LibraryFilter } from '../model';

export const filterFrom = (f: LibraryFilter) => f.from ?? -Infinity;
export const filterTo = (f: LibraryFilter) => f.to ?? Infinity;
export const inDateRange = (f: LibraryFilter, c: Clip) => c.updatedAt >= filterFrom(f) && c.updatedAt <= filterTo(f);

/** The same filter, on a clip already in memory (the search applies it to its matches). */
export function passesFilter(c: Clip, f: LibraryFilter, members?: ReadonlySet<string>): boolean {
  if (f.collectionId !== undefined && !members?.has(c.id)) return false;
  if (f.siteName !== undefined && c.siteName !== f.siteName) return false;
  if (f.hasHighlights !== undefined && c.highlightCount > 0 !== f.hasHighlights) return false;
  return inDateRange(f, c);
}
