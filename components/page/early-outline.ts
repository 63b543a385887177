/**
 * The current page's outline, started before the popup's code has loaded (entrypoints/popup/early.ts): the stored
 * outline of the tab's clip, or, for a page not clipped, the preview request already on its way to the tab. The
 * popup then shows a big law's outline without waiting for its first render and its own lookups. The preview is asked
 * for before the clip lookup, not after it (a big law's read is ~200 ms, the lookup tens): a clipped page shows its
 * stored outline and the preview's answer is dropped.
 */
import { clipForUrl, type ClausemarkDB } from '../../utils/db';
import type { OutlinePreview } from '../../utils/messaging';
import type { OutlineEntry } from '../../utils/model';
import type { Result } from '../../utils/result';
import { whyNotClippable } from '../../utils/url';
import { looksLikePdf } from '../../utils/clipper/pdf-url';

export type EarlyOutline =
  | { clipId: string; outline: OutlineEntry[] }
  | { clipId: null; preview: Promise<Result<OutlinePreview>> }
  /** no early answer (no tab, a page that cannot be read, a failed lookup): the popup looks for itself */
  | undefined;

export async function startPageOutline(
  db: ClausemarkDB,
  tab: { id: number; url: string | undefined } | null,
  preview: (tabId: number) => Promise<Result<OutlinePreview>>,
): Promise<EarlyOutline> {
  if (!tab?.url || whyNotClippable(tab.url)) return undefined;
  // nothing can be injected into the browser's PDF viewer: a PDF has an outline once clipped
  const asked = looksLikePdf(tab.url) ? undefined : preview(tab.id);
  try {
    const clip = await clipForUrl(db, tab.url);
    if (!clip) return asked && { clipId: null, preview: asked };
    const body = await db.clipBodies.get(clip.id);
    return body ? { clipId: clip.id, outline: body.outline } : undefined;
  } catch {
    return undefined;
  }
}
