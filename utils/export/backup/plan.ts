/**
 * What importing a backup would do, before it does it. A backup may come from someone else: its clips must not
 * take over the user's own. So a clip the library already has (same canonical URL) is replaced only when the user
 * opts in, whatever its dates say, and every date in the backup is capped at now + one day first (a clip dated 2999
 * would otherwise sort first for ever and win every "newer" comparison).
 */
import type { Clip } from '../../model';
import type { FullBundle } from '../types';

/** How far ahead of this machine's clock a backup's dates may be (clock skew between browsers). */
export const FUTURE_MARGIN = 24 * 60 * 60 * 1000;

/** A copy of the bundle with every timestamp at most `now + FUTURE_MARGIN`; the input is not changed. */
export function capTimestamps(b: FullBundle, now: number): FullBundle {
  const max = now + FUTURE_MARGIN;
  const cap = (t: number) => Math.min(t, max);
  return {
    ...b,
    clips: b.clips.map((c) => ({ ...c, savedAt: cap(c.savedAt), updatedAt: cap(c.updatedAt) })),
    highlights: b.highlights.map((h) => ({ ...h, createdAt: cap(h.createdAt), updatedAt: cap(h.updatedAt) })),
    collections: b.collections.map((c) => ({ ...c, createdAt: cap(c.createdAt) })),
    memberships: b.memberships.map((m) => ({ ...m, addedAt: cap(m.addedAt) })),
  };
}

/** new: no local clip has its canonical URL; replace: one has and differs; unchanged: one has and is the same. */
export type ClipAction = 'new' | 'replace' | 'unchanged';

export interface ClipDecision {
  /** the backup's copy (timestamps capped) */
  clip: Clip;
  action: ClipAction;
  /** the local clip of the same canonical URL */
  local?: Clip;
  /** the id the clip has (or gets) in this database */
  id: string;
}

/** The same clip in every field the user sees or the library sorts on (highlightCount is derived, savedAt merged). */
export function sameClip(a: Clip, b: Clip): boolean {
  // a notice's id differs between libraries: the link's name is compared, not its target
  const strip = ({ id: _i, highlightCount: _h, savedAt: _s, attachmentOf: _a, ...rest }: Clip) => rest;
  return stable(strip(a)) === stable(strip(b));
}

/** JSON with keys sorted at every level: a backup's key order need not be the database's. */
export function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
    .join(',')}}`;
}

export interface ImportPlan {
  /** the validated backup with its timestamps capped: what applyImport writes */
  bundle: FullBundle;
  /** titles of the clips that would be added */
  added: string[];
  /** the library's titles of the clips it has in another version: replaced only with the opt-in; `older` when the backup's copy is older */
  replaced: { title: string; older: boolean }[];
  /** clips the library already has exactly */
  unchanged: number;
  /** highlights of new clips (always added) and of clips the library has (merged only with the opt-in) */
  highlights: { withNew: number; withExisting: number };
  /** names of the collections the library does not have yet */
  collections: string[];
  /** 附件 links to a clip the backup does not hold, dropped: those clips come in as ordinary ones */
  droppedLinks: number;
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
