/**
 * The current page's outline, started before the popup's code has loaded (entrypoints/popup/early.ts): the stored
 * outline of the tab's clip, or, for a page not clipped, the preview request already on its way to the tab. The
 * popup then shows a big law's outline without waiting for its first render and its own lookups. The request leaves
 * before the popup's clip lookup, not after it (a big law's read is ~200 ms, the lookup tens); the background looks
 * the clip up first and answers a clipped page with its stored outline, the tab left alone (utils/clipper/outline-tab).
 * Whichever tells first decides: the answer, or the popup's own lookup (they agree: the same query).
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

const never = new Promise<never>(() => {});

export async function startPageOutline(
  db: ClausemarkDB,
  tab: { id: number; url: string | undefined } | null,
  preview: (tabId: number) => Promise<Result<OutlinePreview>>,
): Promise<EarlyOutline> {
  if (!tab?.url || whyNotClippable(tab.url)) return undefined;
  const url = tab.url;
  // nothing can be injected into the browser's PDF viewer: a PDF has an outline once clipped
  const asked = looksLikePdf(url) ? undefined : preview(tab.id);
  let decided = false;
  // an answer decides only when it is one; an error (a page that cannot be read) leaves it to the lookup
  const answered: Promise<EarlyOutline> = asked
    ? asked.then(
        (r) => {
          if (!r.ok) return never;
          decided = true;
          return r.value.clipId ? { clipId: r.value.clipId, outline: r.value.outline } : { clipId: null, preview: asked };
        },
        () => never,
      )
    : never;
  const looked = (async (): Promise<EarlyOutline> => {
    try {
      const clip = await clipForUrl(db, url);
      if (!clip) return asked && { clipId: null, preview: asked };
      // a big law's body is hundreds of kB to read and copy on the popup's thread: not when the answer has told
      if (decided) return never;
      const body = await db.clipBodies.get(clip.id);
      return body ? { clipId: clip.id, outline: body.outline } : undefined;
    } catch {
      return undefined;
    }
  })();
  return Promise.race([looked, answered]);
}
