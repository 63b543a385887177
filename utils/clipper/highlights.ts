/**
 * Background use cases for highlights. The page is always identified by the sender's tab and URL (never by a
 * payload field), a page is only ever served a clip of its own site (clipForPage), and a highlight can only be
 * changed from a page of the clip it belongs to.
 */
import {
  addHighlight,
  clipForPage,
  highlightsOfClip,
  patchHighlight,
  removeHighlight,
  restoreHighlight,
  type ClausemarkDB,
  type Highlight,
} from '../db';
import { RecentlyDeleted } from './recently-deleted';
import type { ClipSummary, PageHighlights, Req } from '../messaging';
import { fail, ok, problem, type Result } from '../result';
import type { ClipMode, OutlineEntry } from '../model';

export interface HighlightDeps {
  db: ClausemarkDB;
  /** Clip the tab (the background's clip, with its badge feedback). */
  clip(tabId: number, mode: ClipMode): Promise<Result<ClipSummary>>;
  now?: () => number;
}

export async function pageHighlights(db: ClausemarkDB, url: string): Promise<Result<PageHighlights>> {
  const clip = await clipForPage(db, url);
  if (!clip) return ok({ clipId: null, outline: [], highlights: [] });
  const [body, highlights] = await Promise.all([db.clipBodies.get(clip.id), highlightsOfClip(db, clip.id)]);
  return ok({ clipId: clip.id, outline: body?.outline ?? [], highlights });
}

/**
 * The page's clip, clipping it first when needed: as an article, or its whole text when no article is found. Every
 * post of a post list is kept: the passage being highlighted may be in any of them, and the clip must hold it.
 */
export async function ensurePageClip(
  deps: HighlightDeps,
  tabId: number,
  url: string,
): Promise<Result<{ clipId: string; outline: OutlineEntry[] }>> {
  let clip = await clipForPage(deps.db, url);
  if (!clip) {
    let r = await deps.clip(tabId, 'allposts');
    if (!r.ok && (r.error.code === 'no-article' || r.error.code === 'too-large')) r = await deps.clip(tabId, 'fulltext');
    if (!r.ok) return r;
    clip = await deps.db.clips.get(r.value.clipId);
    if (!clip) return fail('save-failed', problem('page.error.clipLost'));
  }
  const body = await deps.db.clipBodies.get(clip.id);
  return ok({ clipId: clip.id, outline: body?.outline ?? [] });
}

export async function saveHighlight(
  deps: HighlightDeps,
  tabId: number,
  url: string,
  req: Req<'saveHighlight'>,
): Promise<Result<Highlight>> {
  const page = await ensurePageClip(deps, tabId, url);
  if (!page.ok) return page;
  const fields = { selectors: req.selectors, color: req.color, note: req.note };
  return ok(await addHighlight(deps.db, { clipId: page.value.clipId, url }, fields, (deps.now ?? Date.now)()));
}

/** The highlight, if it belongs to the clip of the page at `url`. */
async function ownHighlight(db: ClausemarkDB, url: string, id: string): Promise<Highlight | undefined> {
  const [h, clip] = await Promise.all([db.highlights.get(id), clipForPage(db, url)]);
  return h && clip && h.clipId === clip.id ? h : undefined;
}

export async function updateHighlight(deps: HighlightDeps, url: string, req: Req<'updateHighlight'>): Promise<Result<Highlight>> {
  const h = await ownHighlight(deps.db, url, req.id);
  if (!h) return fail('bad-request', problem('page.error.notThisPage'));
  const next = await patchHighlight(deps.db, h.id, { color: req.color, note: req.note }, (deps.now ?? Date.now)());
  return next ? ok(next) : fail('bad-request', 'That highlight no longer exists.');
}

const deleted = new RecentlyDeleted();

/** The note frame's one highlight (any extension page may ask; it has the database anyway). */
export async function noteHighlight(
  db: ClausemarkDB,
  req: Req<'noteHighlight'>,
  now = Date.now(),
  recent = deleted,
): Promise<Result<Highlight | null>> {
  if (req.op === 'get') return ok((await db.highlights.get(req.id)) ?? null);
  if (req.op === 'delete') {
    const row = await db.highlights.get(req.id);
    if (row && (await removeHighlight(db, req.id))) recent.remember(row, now);
    return ok(null);
  }
  if (req.op === 'restore') {
    const row = recent.take(req.id, now);
    return ok(row && (await restoreHighlight(db, row)) ? row : null);
  }
  return ok((await patchHighlight(db, req.id, { color: req.color, note: req.note }, now)) ?? null);
}

export async function deleteHighlight(
  deps: HighlightDeps,
  url: string,
  req: Req<'deleteHighlight'>,
): Promise<Result<{ deleted: boolean }>> {
  const h = await ownHighlight(deps.db, url, req.id);
  if (!h) return ok({ deleted: false });
  return ok({ deleted: await removeHighlight(deps.db, h.id) });
}
