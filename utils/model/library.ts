/** How the library is organised and listed: collections, memberships, settings rows, the list's filter and page. */
import type { Clip } from './clip';

export interface Collection {
  id: string;
  name: string;
  createdAt: number;
  /** what the collection is for, shown on the library page; '' when none (set by schema v3; a backup may lack it) */
  description?: string;
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

export interface LibraryFilter {
  collectionId?: string;
  siteName?: string;
  /** ms since epoch, inclusive, on updatedAt (the "clipped" date the list shows and sorts on) */
  from?: number;
  to?: number;
  hasHighlights?: boolean;
}

export interface LibraryPage {
  clips: Clip[];
  total: number;
}
