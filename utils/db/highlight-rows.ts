/**
 * The highlight use cases on the database, for both writers (the reader writes here directly; pages go through the
 * background, utils/clipper/highlights.ts, which first checks what the page may do): every write to the
 * `highlights` table goes through here, so `clips.highlightCount` stays exact. Each call is one transaction; the
 * clip's updatedAt is left alone (it is the "clipped" date the library sorts on).
 */
import type { Clip, Highlight, HighlightSelectors } from '../model';
import { newId } from './save-clip';
import type { ClausemarkDB } from './schema';

/** A clip's highlights in the order they were made. */
export function highlightsOfClip(db: ClausemarkDB, clipId: string): Promise<Highlight[]> {
  return db.highlights.where('[clipId+createdAt]').between([clipId, -Infinity], [clipId, Infinity]).toArray();
}

/** Recount instead of ±1: exact even if a row was already there or already gone. Call inside a rw transaction. */
export async function recountHighlights(db: ClausemarkDB, clipIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(clipIds)];
  if (ids.length <= 20) {
    for (const clipId of ids) await db.clips.update(clipId, { highlightCount: await db.highlights.where('clipId').equals(clipId).count() });
    return;
  }
  // many clips (an import): one pass over the clipId index keys beats a count query per clip
  const counts = new Map<string, number>();
  for (const k of (await db.highlights.orderBy('clipId').keys()) as string[]) counts.set(k, (counts.get(k) ?? 0) + 1);
  const changed = (await db.clips.bulkGet(ids))
    .filter((c): c is Clip => !!c && c.highlightCount !== (counts.get(c.id) ?? 0))
    .map((c) => ({ ...c, highlightCount: counts.get(c.id) ?? 0 }));
  await db.clips.bulkPut(changed);
}

/** A new highlight of `clip` (its id and URL), saved and returned. */
export async function addHighlight(
  db: ClausemarkDB,
  clip: { clipId: string; url: string },
  fields: { selectors: HighlightSelectors; color: string; note: string },
  now = Date.now(),
): Promise<Highlight> {
  const h: Highlight = {
    id: newId(),
    clipId: clip.clipId,
    url: clip.url,
    selectors: { ...fields.selectors, outlinePath: [...fields.selectors.outlinePath] },
    color: fields.color,
    note: fields.note,
    createdAt: now,
    updatedAt: now,
  };
  await insertHighlight(db, h);
  return h;
}

export function insertHighlight(db: ClausemarkDB, h: Highlight): Promise<void> {
  return db.transaction('rw', db.highlights, db.clips, async () => {
    await db.highlights.add(h);
    await recountHighlights(db, [h.clipId]);
  });
}

/** Colour and/or note; bumps the highlight's updatedAt. Undefined when there is no such highlight. */
export function patchHighlight(
  db: ClausemarkDB,
  id: string,
  patch: { color?: string; note?: string },
  now = Date.now(),
): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const h = await db.highlights.get(id);
    if (!h) return undefined;
    const next: Highlight = { ...h, color: patch.color ?? h.color, note: patch.note ?? h.note, updatedAt: now };
    await db.highlights.put(next);
    return next;
  });
}

/**
 * Undo of a delete: the very row (id, note, dates) comes back. False when it is there already or its clip is gone
 * (deleted meanwhile: a highlight never outlives its clip).
 */
export function restoreHighlight(db: ClausemarkDB, h: Highlight): Promise<boolean> {
  return db.transaction('rw', db.highlights, db.clips, async () => {
    if ((await db.highlights.get(h.id)) || !(await db.clips.get(h.clipId))) return false;
    await db.highlights.add(h);
    await recountHighlights(db, [h.clipId]);
    return true;
  });
}

/** True when a highlight was deleted. */
export function removeHighlight(db: ClausemarkDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.highlights, db.clips, async () => {
    const h = await db.highlights.get(id);
    if (!h) return false;
    await db.highlights.delete(id);
    await recountHighlights(db, [h.clipId]);
    return true;
  });
}
