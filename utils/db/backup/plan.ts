/** What importing a backup would do, read from the database; the rules are utils/export/backup/plan.ts. */
import { capTimestamps, sameClip, type ClipDecision, type ImportPlan } from '../../export/backup';
import type { FullBundle } from '../../export/types';
import type { Clip } from '../../model';
import { newId } from '../save-clip';
import type { ClausemarkDB } from '../schema';

// re-exported for the UI; importers move in the components step
export {
  capTimestamps,
  FUTURE_MARGIN,
  stable,
  type ClipAction,
  type ClipDecision,
  type ImportPlan,
  type ImportReport,
  type MergeCounts,
} from '../../export/backup';

/** Decide each backup clip against the database. Call inside a transaction that covers `clips`. */
export async function decideClips(db: ClausemarkDB, clips: readonly Clip[]): Promise<ClipDecision[]> {
  const out: ClipDecision[] = [];
  for (const clip of clips) {
    const local = await db.clips.where('canonicalUrl').equals(clip.canonicalUrl).first();
    if (local) {
      out.push({ clip, local, id: local.id, action: sameClip(clip, local) ? 'unchanged' : 'replace' });
      continue;
    }
    // same id but another page locally: the import gets a fresh id rather than overwrite that clip
    out.push({ clip, action: 'new', id: (await db.clips.get(clip.id)) ? newId() : clip.id });
  }
  return out;
}

/** Read-only: what importing `bundle` now would do. The dates are capped at `now` + FUTURE_MARGIN. */
export async function planImport(db: ClausemarkDB, bundle: FullBundle, now = Date.now()): Promise<ImportPlan> {
  const capped = capTimestamps(bundle, now);
  return db.transaction('r', [db.clips, db.collections], async () => {
    const decisions = await decideClips(db, capped.clips);
    const existing = new Set(decisions.filter((d) => d.action !== 'new').map((d) => d.clip.id));
    const withExisting = capped.highlights.filter((h) => existing.has(h.clipId)).length;
    const collections: string[] = [];
    for (const c of capped.collections) if (!(await db.collections.where('name').equals(c.name).count())) collections.push(c.name);
    return {
      bundle: capped,
      added: decisions.filter((d) => d.action === 'new').map((d) => d.clip.title),
      replaced: decisions
        .filter((d) => d.action === 'replace')
        .map((d) => ({ title: d.local!.title, older: d.clip.updatedAt < d.local!.updatedAt })),
      unchanged: decisions.filter((d) => d.action === 'unchanged').length,
      highlights: { withNew: capped.highlights.length - withExisting, withExisting },
      collections,
      droppedLinks: 0,
    };
  });
}
