/**
 * How the in-memory search tells what changed: the store announces the keys a write touched (Changed), and a
 * staleness check compares counts and newest stamps (StoreSignature) in case an announcement is missing.
 */

export interface Changed {
  /** clip ids whose clip or body row changed; 'all' when a write was too large to list keys */
  clips: Set<string> | 'all';
  highlights: Set<string> | 'all';
}

export const nothingChanged = (): Changed => ({ clips: new Set(), highlights: new Set() });

export function mergeChanged(a: Changed, b: Changed): Changed {
  const merge = (x: Set<string> | 'all', y: Set<string> | 'all') => (x === 'all' || y === 'all' ? 'all' : new Set([...x, ...y]));
  return { clips: merge(a.clips, b.clips), highlights: merge(a.highlights, b.highlights) };
}

/** Counts and newest updatedAt of clips and highlights. */
export interface StoreSignature {
  clips: number;
  clipsNewest: number;
  highlights: number;
  highlightsNewest: number;
}

export const sameSignature = (a: StoreSignature, b: StoreSignature) =>
  a.clips === b.clips && a.clipsNewest === b.clipsNewest && a.highlights === b.highlights && a.highlightsNewest === b.highlightsNewest;

/** id → updatedAt for every clip and highlight. */
export interface Stamps {
  clips: Map<string, number>;
  highlights: Map<string, number>;
}
