/** The one Dexie database. Every schema change is a new version() with an upgrade function and a migration test. */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ExtractMode, OutlineEntry, PolicyMeta } from '../types';

/** A clip as the library list needs it: metadata only, never the body. */
export interface Clip {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  siteName: string;
  byline: string;
  lang: string;
  publishedTime: string;
  excerpt: string;
  policy: PolicyMeta;
  charCount: number;
  contentHash: string;
  mode: ExtractMode;
  /** first saved (ms since epoch) */
  savedAt: number;
  /** last clipped again (ms since epoch); the library sorts on it */
  updatedAt: number;
  /** how many highlights the clip has; kept exact by every write to `highlights` (utils/db/highlight-rows.ts) */
  highlightCount: number;
  /** only the beginning of a very long page was kept (utils/extract/size-cap); not indexed, so no schema version */
  truncated?: boolean;
}

/** Heavy parts of a clip, read only when a clip is shown, searched or exported. */
export interface ClipBody {
  clipId: string;
  /** sanitised article html */
  html: string;
  text: string;
  outline: OutlineEntry[];
}

export interface HighlightSelectors {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  outlinePath: string[];
}

export interface Highlight {
  id: string;
  clipId: string;
  url: string;
  selectors: HighlightSelectors;
  color: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface Collection {
  id: string;
  name: string;
  createdAt: number;
}

export interface Membership {
  collectionId: string;
  clipId: string;
  addedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

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
        await tx.table('clips').toCollection().modify((c: Clip) => {
          c.highlightCount = counts.get(c.id) ?? 0;
        });
      });
  }
}
