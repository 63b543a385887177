/** Shared set-up of the backup tests (bundle*, import-*): the sample backup, and databases compared by dump. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClausemarkDB } from '../../utils/db';
import type { FullBundle } from '../../utils/export/index';

// A path, not a file: URL, so that jsdom test files (options*) can read it too.
export const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'backup', 'sample.json'), 'utf8');

/** Every table, every row, in primary-key order: two equal dumps mean two identical databases. */
export async function dump(db: ClausemarkDB): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}
export const sorted = (b: FullBundle) => ({
  clips: [...b.clips].sort((x, y) => x.id.localeCompare(y.id)),
  bodies: [...b.bodies].sort((x, y) => x.clipId.localeCompare(y.clipId)),
  highlights: [...b.highlights].sort((x, y) => x.id.localeCompare(y.id)),
  collections: [...b.collections].sort((x, y) => x.id.localeCompare(y.id)),
  memberships: [...b.memberships].sort((x, y) => `${x.collectionId}/${x.clipId}`.localeCompare(`${y.collectionId}/${y.clipId}`)),
  settings: [...b.settings].sort((x, y) => x.key.localeCompare(y.key)),
});
