/**
 * What the search service reads, as an interface: utils/db/search/store.ts implements it over Dexie, so the service
 * (utils/search/service.ts) needs no database import and the reads stay where the transactions are.
 */
import type { Clip, ClipBody, Highlight } from '../model';
import type { Changed, Stamps, StoreSignature } from './changes';

export interface SearchStore {
  /** every clip and highlight row */
  all(): Promise<{ clips: Clip[]; highlights: Highlight[] }>;
  /** bodies by clip id, in order (undefined where missing) */
  bodies(clipIds: readonly string[]): Promise<(ClipBody | undefined)[]>;
  /** clips, bodies and their highlights, read together (one transaction) */
  clipsWithParts(
    clipIds: readonly string[],
  ): Promise<{ clips: (Clip | undefined)[]; bodies: (ClipBody | undefined)[]; highlights: Highlight[] }>;
  /** highlights by id, in order (undefined where missing) */
  highlights(ids: readonly string[]): Promise<(Highlight | undefined)[]>;
  /** updatedAt of every clip and highlight, from index keys only */
  stamps(): Promise<Stamps>;
  /** counts and newest stamps, cheap enough for every search */
  signature(): Promise<StoreSignature>;
  /** ids of the clips in a collection */
  collectionClipIds(collectionId: string): Promise<string[]>;
  /** call `listener` with what each write anywhere changed; returns the unsubscribe */
  subscribe(listener: (changed: Changed) => void): () => void;
}
