/** Store an extracted page: one transaction, so a failure leaves the database exactly as it was. */
import { contentHash } from '../hash';
import type { AttachmentOf, Clip, ExtractedPage } from '../model';
import { normalizeUrl, pickCanonicalUrl, sameSite } from '../url';
import type { ClausemarkDB } from './schema';

export interface SaveResult {
  clip: Clip;
  created: boolean;
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** `link`: the page is a 附件 of that notice (issue 18); without it a clip clipped again keeps the link it has. */
export async function saveClip(db: ClausemarkDB, page: ExtractedPage, now = Date.now(), link?: AttachmentOf): Promise<SaveResult> {
  return db.transaction('rw', db.clips, db.clipBodies, db.highlights, async () => {
    // Same canonical URL → same clip: update it in place so highlights and collections stay attached. What the page
    // declared is checked again here, and a clip is never merged across sites (see pickCanonicalUrl).
    const canonicalUrl = pickCanonicalUrl(page.url, page.canonicalUrl);
    let existing = await db.clips.where('canonicalUrl').equals(canonicalUrl).first();
    if (existing && !sameSite(existing.url, page.url)) {
      // A clip of another site holds this address (stored by an older version or a backup): it gets back its own
      // page's address, and this page gets a clip of its own.
      await moveToOwnAddress(db, existing);
      existing = undefined;
    }
    const highlightCount = existing ? await db.highlights.where('clipId').equals(existing.id).count() : 0;
    const id = existing?.id ?? newId();
    const clip: Clip = {
      id,
      url: page.url,
      canonicalUrl,
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
      ...(page.truncated ? { truncated: true } : {}),
      // what the clip was (a PDF of N pages, a Word file): the library and reader say so, exports name the medium
      ...(page.source ? { source: page.source } : {}),
      ...(page.pageCount ? { pageCount: page.pageCount } : {}),
      ...(await linkFor(db, id, link, existing)),
    };
    await db.clips.put(clip);
    await db.clipBodies.put({ clipId: clip.id, html: page.html, text: page.text, outline: page.outline });
    return { clip, created: !existing };
  });
}

/** The notice link a clip keeps: the one asked for, else the one it had; never to itself or to a clip not there. */
async function linkFor(
  db: ClausemarkDB,
  id: string,
  link: AttachmentOf | undefined,
  existing: Clip | undefined,
): Promise<Partial<AttachmentOf>> {
  const want =
    link ?? (existing?.attachmentOf ? { attachmentOf: existing.attachmentOf, attachmentName: existing.attachmentName ?? '' } : undefined);
  if (!want || want.attachmentOf === id || !(await db.clips.get(want.attachmentOf))) return {};
  return { attachmentOf: want.attachmentOf, attachmentName: want.attachmentName };
}

async function moveToOwnAddress(db: ClausemarkDB, clip: Clip): Promise<void> {
  const own = normalizeUrl(clip.url);
  if (!sameSite(own, clip.url) || (await db.clips.where('canonicalUrl').equals(own).count()) > 0)
    throw new Error('a clip of another site already has this address');
  await db.clips.update(clip.id, { canonicalUrl: own });
}
