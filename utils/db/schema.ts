/** The one Dexie database. Every schema change is a new version() with an upgrade function and a migration test. */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Clip, ClipBody, Collection, Highlight, Membership, Setting } from '../model';

// re-exported for the UI; importers move in the components step
export type { Clip, ClipBody, Collection, Highlight, HighlightSelectors, Membership, Setting } from '../model';

export const DB_NAME = 'clausemark';

export class ClausemarkDB extends Dexie {
  clips!: EntityTable<Clip, 'id'>;
  clipBodies!: EntityTable<ClipBody, 'clipId'>;
  highlights!: EntityTable<Highlight, 'id'>;
  collections!: EntityTable<Collection, 'id'>;
  /** primary key [collectionId, clipId] */
  memberships!: Table<Membership, [string, string]>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      clips: 'id, &canonicalUrl, url, updatedAt, savedAt, siteName',
      clipBodies: 'clipId',
      highlights: 'id, clipId, [clipId+createdAt], url',
      collections: 'id, &name, createdAt',
      memberships: '[collectionId+clipId], clipId, collectionId',
      settings: 'key',
    });
    // v2: highlightCount (indexed, so "has highlights" is a range query), [siteName+updatedAt] for the site filter,
    // highlights.updatedAt so the search can tell cheaply whether anything changed.
    this.version(2)
      .stores({
        clips: 'id, &canonicalUrl, url, updatedAt, savedAt, siteName, highlightCount, [siteName+updatedAt]',
        highlights: 'id, clipId, [clipId+createdAt], url, updatedAt',
      })
      .upgrade(async (tx) => {
        const counts = new Map<string, number>();
        // keys only: the clipId index, no highlight rows are read
        for (const clipId of (await tx.table('highlights').orderBy('clipId').keys()) as string[]) {
          counts.set(clipId, (counts.get(clipId) ?? 0) + 1);
        }
        await tx
          .table('clips')
          .toCollection()
          .modify((c: Clip) => {
            c.highlightCount = counts.get(c.id) ?? 0;
          });
      });
    // v3: collections carry a description (the library page shows and edits it); not indexed, the upgrade fills ''.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('collections')
          .toCollection()
          .modify((c: Collection) => {
            if (typeof c.description !== 'string') c.description = '';
          }),
      );
    // v4: a notice's 附件 clipped with it point at it (attachmentOf, indexed: a notice lists its attachments with one
    // range read; rows without it stay out of the index). No v3 clip has a link; the upgrade only makes sure no
    // stray field (hand-edited data) is read as one.
    this.version(4)
      .stores({ clips: 'id, &canonicalUrl, url, updatedAt, savedAt, siteName, highlightCount, [siteName+updatedAt], attachmentOf' })
      .upgrade((tx) =>
        tx
          .table('clips')
          .filter((c: Clip) => c.attachmentOf !== undefined && typeof c.attachmentOf !== 'string')
          .modify((c: Clip) => {
            delete c.attachmentOf;
            delete c.attachmentName;
          }),
      );
  }
}
