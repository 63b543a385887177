/** The search service's reads (utils/search/store.ts) over Dexie: the same queries and transactions it always made. */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { SearchStore } from '../../search/store';
import { collectionClipIds } from '../library-query';
import type { ClausemarkDB } from '../schema';
import { highlightsOfClips } from './hits';
import { changedBy, dbSignature, keyStamps } from './sync';

export function dexieSearchStore(db: ClausemarkDB): SearchStore {
  return {
    all: async () => {
      const [clips, highlights] = await Promise.all([db.clips.toArray(), db.highlights.toArray()]);
      return { clips, highlights };
    },
    bodies: (clipIds) => db.clipBodies.bulkGet([...clipIds]),
    clipsWithParts: (ids) =>
      db.transaction('r', db.clips, db.clipBodies, db.highlights, async () => ({
        clips: await db.clips.bulkGet([...ids]),
        bodies: await db.clipBodies.bulkGet([...ids]),
        highlights: await highlightsOfClips(db, ids),
      })),
    highlights: (ids) => db.highlights.bulkGet([...ids]),
    stamps: () => keyStamps(db),
    signature: () => dbSignature(db),
    collectionClipIds: (id) => collectionClipIds(db, id),
    subscribe: (listener) => {
      const onMutated = (parts: ObservabilitySet) => {
        const c = changedBy(parts, db.name);
        if (c) listener(c);
      };
      Dexie.on('storagemutated', onMutated);
      return () => Dexie.on.storagemutated.unsubscribe(onMutated);
    },
  };
}
