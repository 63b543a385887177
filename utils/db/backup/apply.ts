/**
 * Writes an import plan in one transaction over every table, so any failure leaves the database exactly as it was.
 * The decisions are taken again inside the transaction: the library may have changed since the plan was shown.
 */
import { remapLink, stable, type ClipDecision, type ImportReport, type MergeCounts } from '../../export/backup';
import type { FullBundle } from '../../export/types';
import type { Collection, Highlight, Membership } from '../../model';
import { recountHighlights } from '../highlight-rows';
import { newId } from '../save-clip';
import type { ClausemarkDB } from '../schema';
import { decideClips } from './plan';

export interface ApplyOptions {
  /** replace clips the library has with the backup's copies (and merge their highlights); off: keep the user's */
  replace: boolean;
}

const zero = (): MergeCounts => ({ added: 0, updated: 0, skipped: 0 });

/**
 * Merge a validated, timestamp-capped bundle (ImportPlan.bundle):
 * - clips by canonicalUrl: a new page is added; a page the library has is left exactly as it is, with nothing of
 *   the backup's attached to it (highlights, memberships), unless `replace` — then the backup's copy replaces it
 *   (keeping the local id and the earlier savedAt) and its highlights are merged by id;
 * - a backup highlight whose id belongs locally to another clip gets a fresh id instead of taking that one over;
 * - collections by name; memberships de-duplicated; settings only where the key is absent locally.
 * Throws (and changes nothing) if any write fails.
 */
export async function applyImport(db: ClausemarkDB, plan: { bundle: FullBundle }, opts: ApplyOptions): Promise<ImportReport> {
  const bundle = plan.bundle;
  const tables = [db.clips, db.clipBodies, db.highlights, db.collections, db.memberships, db.settings];
  return db.transaction('rw', tables, async () => {
    const report: ImportReport = { clips: zero(), highlights: zero(), collections: zero(), memberships: zero(), settings: zero() };
    const decisions = await decideClips(db, bundle.clips);
    const clipIds = await writeClips(db, bundle, decisions, opts.replace, report.clips);
    await mergeHighlights(db, bundle.highlights, clipIds, report.highlights);
    // the backup's own counts are not trusted (and older backups have none)
    await recountHighlights(db, clipIds.values());
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

/** Imported clip id → id in this database, for the clips whose rows are taken (new, or replaced with the opt-in). */
async function writeClips(
  db: ClausemarkDB,
  bundle: FullBundle,
  decisions: ClipDecision[],
  replace: boolean,
  counts: MergeCounts,
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const bodies = new Map(bundle.bodies.map((b) => [b.clipId, b]));
  // every backup clip's id here, taken or kept: a 附件 links to its notice's row in this database
  const ids = new Map(decisions.map((d) => [d.clip.id, d.id]));
  for (const { clip, action, local, id } of decisions) {
    if (action !== 'new' && !replace) {
      counts.skipped++;
      continue;
    }
    map.set(clip.id, id);
    if (action === 'unchanged') {
      counts.skipped++;
      continue;
    }
    await db.clips.put({
      ...remapLink(clip, ids),
      id,
      savedAt: Math.min(clip.savedAt, local?.savedAt ?? clip.savedAt),
      highlightCount: local?.highlightCount ?? 0,
    });
    const body = bodies.get(clip.id);
    if (body) await db.clipBodies.put({ ...body, clipId: id });
    if (local) counts.updated++;
    else counts.added++;
  }
  return map;
}

async function mergeHighlights(db: ClausemarkDB, rows: Highlight[], clipIds: Map<string, string>, counts: MergeCounts): Promise<void> {
  const local = await db.highlights.bulkGet(rows.map((h) => h.id));
  for (const [i, h] of rows.entries()) {
    const clipId = clipIds.get(h.clipId);
    const existing = local[i];
    const row = { ...h, clipId };
    if (clipId === undefined || (existing?.clipId === clipId && stable(existing) === stable(row))) counts.skipped++;
    else if (existing?.clipId === clipId) (await db.highlights.put({ ...row, clipId }), counts.updated++);
    else if (existing && (await copiedBefore(db, { ...row, clipId }))) counts.skipped++;
    else (await db.highlights.add({ ...row, clipId, id: existing ? newId() : h.id }), counts.added++);
  }
}

/** A highlight that was given a fresh id by an earlier import of the same file is there already under that id. */
async function copiedBefore(db: ClausemarkDB, h: Highlight): Promise<boolean> {
  const strip = ({ id: _id, ...rest }: Highlight) => stable(rest);
  const want = strip(h);
  return (await db.highlights.where('clipId').equals(h.clipId).toArray()).some((x) => strip(x) === want);
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

/** Only memberships of the clips whose rows were taken: a kept local clip is not put into the backup's collections. */
async function mergeMemberships(
  db: ClausemarkDB,
  rows: Membership[],
  clipIds: Map<string, string>,
  collectionIds: Map<string, string>,
  counts: MergeCounts,
): Promise<void> {
  for (const m of rows) {
    const clipId = clipIds.get(m.clipId);
    const row = { ...m, clipId: clipId ?? m.clipId, collectionId: collectionIds.get(m.collectionId) ?? m.collectionId };
    if (clipId === undefined || (await db.memberships.where('[collectionId+clipId]').equals([row.collectionId, row.clipId]).count()))
      counts.skipped++;
    else (await db.memberships.add(row), counts.added++);
  }
}
