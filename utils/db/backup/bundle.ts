/**
 * The database ↔ plain-data bridge for export and backup: gather what to export, and read a backup file into an
 * import plan (plan.ts) that is then applied in one transaction (apply.ts).
 */
import { capTimestamps, readBackup, type ImportPlan, type ImportReport, type ParsedBackup } from '../../export/backup';
import type { FullBundle } from '../../export/types';
import type { Clip, Collection } from '../../model';
import { BackupError } from '../../export/backup';
import { errorMessage, problem, type Problem } from '../../result';
import type { ClausemarkDB } from '../schema';
import { applyImport } from './apply';
import { planImport } from './plan';

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
        db.clips.toArray(),
        db.clipBodies.toArray(),
        db.highlights.toArray(),
        db.collections.toArray(),
        db.memberships.toArray(),
        db.settings.toArray(),
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

export interface ImportOptions {
  /** replace the clips the library has with the backup's copies (default: keep them) */
  replace?: boolean;
  /** the clock the backup's dates are capped against (tests pin it) */
  now?: number;
}

/** Plan and apply in one go: timestamps capped, local clips kept unless `replace`. Throws if a write fails. */
export function importBundle(db: ClausemarkDB, bundle: FullBundle, opts: ImportOptions = {}): Promise<ImportReport> {
  return applyImport(db, { bundle: capTimestamps(bundle, opts.now ?? Date.now()) }, { replace: opts.replace ?? false });
}

/** A failure is a Problem: an English message with the i18n key and params the options page shows it by. */
export type PlanOutcome = { ok: true; plan: ImportPlan } | ({ ok: false } & Problem);
export type ImportOutcome = { ok: true; report: ImportReport } | ({ ok: false } & Problem);

/** The reason inside the sentence: a refused file's own sentence, or whatever was thrown, in English. */
const reason = (e: unknown): Problem | string => (e instanceof BackupError && e.why ? { message: e.message, ...e.why } : errorMessage(e));
const failed = (e: unknown) => ({ ok: false as const, ...problem('options.backup.failed', { detail: reason(e) }) });

/** Read a backup file's text and plan its import (read-only); a bad file comes back as a message. */
export async function planBackupText(db: ClausemarkDB, text: string, now = Date.now()): Promise<PlanOutcome> {
  let parsed: ParsedBackup;
  try {
    parsed = readBackup(text);
  } catch (e) {
    return { ok: false, ...problem('options.backup.refused', { detail: reason(e) }) };
  }
  try {
    return { ok: true, plan: { ...(await planImport(db, parsed.bundle, now)), droppedLinks: parsed.droppedLinks } };
  } catch (e) {
    return failed(e);
  }
}

/** Apply a plan; a failed write comes back as a message (and the database is as it was). */
export async function applyImportPlan(db: ClausemarkDB, plan: ImportPlan, opts: { replace: boolean }): Promise<ImportOutcome> {
  try {
    return { ok: true, report: await applyImport(db, plan, opts) };
  } catch (e) {
    return failed(e);
  }
}

/** Read a backup file's text and merge it (plan, then apply); every failure comes back as a message. */
export async function importBackupText(db: ClausemarkDB, text: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const planned = await planBackupText(db, text, opts.now);
  return planned.ok ? applyImportPlan(db, planned.plan, { replace: opts.replace ?? false }) : planned;
}
