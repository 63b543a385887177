/** Reads used by the UI. The library list touches only the `clips` table. */
import { normalizeUrl, sameSite } from '../url';
import type { Clip, OutlineEntry } from '../model';
import type { ClausemarkDB } from './schema';

export const PAGE_SIZE = 50;

/** Newest (last clipped) first. */
export function listClips(db: ClausemarkDB, limit = PAGE_SIZE): Promise<Clip[]> {
  return db.clips.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export function countClips(db: ClausemarkDB): Promise<number> {
  return db.clips.count();
}

/** The clip for a tab's URL, matched on the normalised URL or the canonical URL. */
export async function clipForUrl(db: ClausemarkDB, url: string): Promise<Clip | undefined> {
  const norm = normalizeUrl(url);
  return (await db.clips.where('canonicalUrl').equals(norm).first()) ?? (await db.clips.where('url').anyOf([url, norm]).first());
}

/**
 * The clip a content script's page may see: found for its URL, and of the same site both by its own URL and by its
 * canonical URL. A clip of another site is never served to a page, whatever the page declared.
 */
export async function clipForPage(db: ClausemarkDB, url: string): Promise<Clip | undefined> {
  const clip = await clipForUrl(db, url);
  return clip && sameSite(clip.url, url) && sameSite(clip.canonicalUrl, url) ? clip : undefined;
}

/** A clipped page's stored outline with its clip's id and title; null when the URL has no clip (or no body). */
export async function storedOutline(
  db: ClausemarkDB,
  url: string,
): Promise<{ clipId: string; title: string; outline: OutlineEntry[] } | null> {
  const clip = await clipForUrl(db, url);
  const body = clip && (await db.clipBodies.get(clip.id));
  return clip && body ? { clipId: clip.id, title: clip.title, outline: body.outline } : null;
}
