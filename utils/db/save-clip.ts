/** Store an extracted page: one transaction, so a failure leaves the database exactly as it was. */
import { contentHash } from '../hash';
import type { ExtractedPage } from '../types';
import type { Clip, ClausemarkDB } from './schema';

export interface SaveResult {
  clip: Clip;
  created: boolean;
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export async function saveClip(db: ClausemarkDB, page: ExtractedPage, now = Date.now()): Promise<SaveResult> {
  return db.transaction('rw', db.clips, db.clipBodies, db.highlights, async () => {
    // Same canonical URL → same clip: update it in place so highlights and collections stay attached.
    const existing = await db.clips.where('canonicalUrl').equals(page.canonicalUrl).first();
    const highlightCount = existing ? await db.highlights.where('clipId').equals(existing.id).count() : 0;
    const clip: Clip = {
      id: existing?.id ?? newId(),
      url: page.url,
      canonicalUrl: page.canonicalUrl,
      title: page.title,
      siteName: page.siteName,
      byline: page.byline,
      lang: page.lang,
      publishedTime: page.publishedTime,
      excerpt: page.excerpt,
      policy: page.policy,
      charCount: page.text.replace(/\s+/g, '').length,
      contentHash: contentHash(page.text),
      mode: page.mode,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      highlightCount,
    };
    await db.clips.put(clip);
    await db.clipBodies.put({ clipId: clip.id, html: page.html, text: page.text, outline: page.outline });
    return { clip, created: !existing };
  });
}
