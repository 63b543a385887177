/**
 * The database ↔ plain-data bridge for export and backup: gather what to export, and merge a backup back in.
 * Import is one transaction over every table, so any failure leaves the database exactly as it was.
 */
import { fromBackupJson } from '../export/backup';
import type { FullBundle } from '../export/types';
import { errorMessage } from '../result';
import { recountHighlights } from './highlight-rows';
import { newId } from './save-clip';
import type { Clip, ClausemarkDB, Collection, Highlight, Membership } from './schema';

export interface GatherOptions {
  /** only these clips (unknown ids are ignored) */
  clipIds?: readonly string[];
  /** only the clips in this collection */
  collectionId?: string;
}

/** With no option: everything, settings included (a full backup). Otherwise the chosen clips and what hangs off them. */
export async function gatherBundle(db: ClausemarkDB, opts: GatherOptions = {}): Promise<FullBundle> {
  const tables = [db.clips, db.clipBodies, db.highlights, db.collections, db.memberships, db.settings];
  return db.transaction('r', tables, async () => {
    const full = opts.clipIds === undefined && opts.collectionId === undefined;
    if (full) {
      const [clips, bodies, highlights, collections, memberships, settings] = await Promise.all([
        db.clips.toArray(), db.clipBodies.toArray(), db.highlights.toArray(),
        db.collections.toArray(), db.memberships.toArray(), db.settings.toArray(),
      ]);
      return { clips, bodies, highlights, collections, memberships, settings };
    }
    let ids = opts.clipIds ? [...new Set(opts.clipIds)] : undefined;
    if (opts.collectionId !== undefined) {
      const inCollection = (await db.memberships.where('collectionId').equals(opts.collectionId).toArray()).map((m) => m.clipId);
      ids = ids ? ids.filter((id) => inCollection.includes(id)) : inCollection;
    }
    const clips = (await db.clips.bulkGet(ids ?? [])).filter((c): c is Clip => !!c);
    const clipIds = clips.map((c) => c.id);
    const bodies = (await db.clipBodies.bulkGet(clipIds)).filter((b) => !!b);
    const highlights = await db.highlights.where('clipId').anyOf(clipIds).toArray();
    const memberships = await db.memberships.where('clipId').anyOf(clipIds).toArray();
    const collectionIds = [...new Set(memberships.map((m) => m.collectionId))];
    const collections = (await db.collections.bulkGet(collectionIds)).filter((c): c is Collection => !!c);
    return { clips, bodies, highlights, collections, memberships, settings: [] };
  });
}

export interface MergeCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface ImportReport {
  clips: MergeCounts;
  highlights: MergeCounts;
  collections: MergeCounts;
  memberships: MergeCounts;
  settings: MergeCounts;
}

const zero = (): MergeCounts => ({ added: 0, updated: 0, skipped: 0 });

/**
 * Merge a validated bundle (from fromBackupJson) into the database:
 * - clips by canonicalUrl: a local clip keeps its id and is replaced only by a newer (updatedAt) import;
 * - highlights by id, the newer updatedAt wins; collections by name; memberships de-duplicated;
 * - settings: an imported value is used only where the key is absent locally.
 * Throws (and changes nothing) if any write fails.
 */
export async function importBundle(db: ClausemarkDB, bundle: FullBundle): Promise<ImportReport> {
  const tables = [db.clips, db.clipBodies, db.highlights, db.collections, db.memberships, db.settings];
  return db.transaction('rw', tables, async () => {
    const report: ImportReport = { clips: zero(), highlights: zero(), collections: zero(), memberships: zero(), settings: zero() };
    const clipIds = await mergeClips(db, bundle, report.clips);
    await mergeHighlights(db, bundle.highlights, clipIds, report.highlights);
    // the backup's own counts are not trusted (and older backups have none)
    await recountHighlights(db, [...clipIds.values(), ...bundle.highlights.map((h) => clipIds.get(h.clipId) ?? h.clipId)]);
    const collectionIds = await mergeCollections(db, bundle.collections, report.collections);
    await mergeMemberships(db, bundle.memberships, clipIds, collectionIds, report.memberships);
    const local = new Set((await db.settings.toArray()).map((s) => s.key));
    for (const s of bundle.settings) {
      if (local.has(s.key)) report.settings.skipped++;
      else (await db.settings.add({ key: s.key, value: s.value }), report.settings.added++);
    }
    return report;
  });
}

/** Imported clip id → id in this database. */
async function mergeClips(db: ClausemarkDB, bundle: FullBundle, counts: MergeCounts): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const bodies = new Map(bundle.bodies.map((b) => [b.clipId, b]));
  for (const clip of bundle.clips) {
    const existing = await db.clips.where('canonicalUrl').equals(clip.canonicalUrl).first();
    // same id but another page locally: the import gets a fresh id rather than overwrite that clip
    const id = existing?.id ?? ((await db.clips.get(clip.id)) ? newId() : clip.id);
    map.set(clip.id, id);
    if (existing && clip.updatedAt <= existing.updatedAt) {
      counts.skipped++;
      continue;
    }
    await db.clips.put({ ...clip, id, savedAt: Math.min(clip.savedAt, existing?.savedAt ?? clip.savedAt), highlightCount: existing?.highlightCount ?? 0 });
    const body = bodies.get(clip.id);
    if (body) await db.clipBodies.put({ ...body, clipId: id });
    if (existing) counts.updated++;
    else counts.added++;
  }
  return map;
}

async function mergeHighlights(db: ClausemarkDB, rows: Highlight[], clipIds: Map<string, string>, counts: MergeCounts): Promise<void> {
  const local = await db.highlights.bulkGet(rows.map((h) => h.id));
  for (const [i, h] of rows.entries()) {
    const existing = local[i];
    if (existing && h.updatedAt <= existing.updatedAt) {
      counts.skipped++;
      continue;
    }
    await db.highlights.put({ ...h, clipId: clipIds.get(h.clipId) ?? h.clipId });
    if (existing) counts.updated++;
    else counts.added++;
  }
}

/** Imported collection id → id in this database (collections are the same when their names are). */
async function mergeCollections(db: ClausemarkDB, rows: Collection[], counts: MergeCounts): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const c of rows) {
    const existing = await db.collections.where('name').equals(c.name).first();
    if (existing) {
      map.set(c.id, existing.id);
      counts.skipped++;
      continue;
    }
    const id = (await db.collections.get(c.id)) ? newId() : c.id;
    map.set(c.id, id);
    await db.collections.add({ ...c, id });
    counts.added++;
  }
  return map;
}

async function mergeMemberships(
  db: ClausemarkDB,
  rows: Membership[],
  clipIds: Map<string, string>,
  collectionIds: Map<string, string>,
  counts: MergeCounts,
): Promise<void> {
  for (const m of rows) {
    const row = { ...m, clipId: clipIds.get(m.clipId) ?? m.clipId, collectionId: collectionIds.get(m.collectionId) ?? m.collectionId };
    if (await db.memberships.where('[collectionId+clipId]').equals([row.collectionId, row.clipId]).count()) counts.skipped++;
    else (await db.memberships.add(row), counts.added++);
  }
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; message: string };

/** Read a backup file's text and merge it; every failure (bad file or failed write) comes back as a message. */
export async function importBackupText(db: ClausemarkDB, text: string): Promise<ImportOutcome> {
  let bundle: FullBundle;
  try {
    bundle = fromBackupJson(text);
  } catch (e) {
    return { ok: false, message: `This file cannot be imported: ${errorMessage(e)}. Nothing was changed.` };
  }
  try {
    return { ok: true, report: await importBundle(db, bundle) };
  } catch (e) {
    return { ok: false, message: `The import failed: ${errorMessage(e)}. Nothing was changed.` };
  }
}
