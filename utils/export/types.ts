/** Plain data handed to the exporters: what the database holds, already read. No Dexie, no DOM. */
import type { Clip, ClipBody, Collection, Highlight, Membership, Setting } from '../model';

export interface ExportBundle {
  clips: Clip[];
  bodies: ClipBody[];
  highlights: Highlight[];
  collections: Collection[];
  /** absent: no clip is shown as belonging to a collection */
  memberships?: Membership[];
  settings?: Setting[];
}

/** What a backup always carries: every table, even when empty. */
export type FullBundle = Required<ExportBundle>;

export interface ExportFile {
  /** safe file name, with extension */
  name: string;
  content: string;
}

/** Options shared by the exporters that stamp a time (tests pin it). */
export interface ExportClock {
  /** ms since epoch; defaults to Date.now() */
  now?: number;
}

/** What a Word or HTML export holds per clip: its highlights (and metadata), or the whole document with them. */
export type ExportContent = 'highlights' | 'full';

/** The data tables of a clip's stored HTML (utils/export/doc/tables.ts); needs a DOM, so the caller passes it. */
export type TablesOf = (body: ClipBody) => string[][][];
