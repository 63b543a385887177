/** The one Dexie database. Every schema change is a new version() with an upgrade function and a migration test. */
import { Dexie, type EntityTable } from 'dexie';
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
  memberships!: EntityTable<Membership, 'collectionId'>;
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
  }
}
