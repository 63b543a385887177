/** Background use cases for the popup's outline: preview a tab's outline, and scroll the tab to a heading. */
import type { HeadingRequest, OutlinePreview } from '../messaging';
import type { OutlineEntry } from '../model';
import { ok, type Result } from '../result';
import { runInTab, type TabDeps } from './clip-tab';
import { readFound, readReply } from './reply';

export interface PreviewDeps {
  getTabUrl: TabDeps['getTabUrl'];
  /** The stored outline of the page's clip (with its id), or null when the page is not clipped (utils/db/queries.ts). */
  storedOutline(url: string): Promise<OutlinePreview | null>;
  /** The tab's remembered answer when its page is unchanged since its last read, else null (utils/clipper/preview-cache). */
  cachedOutline(tabId: number): Promise<unknown>;
  /** Run the extraction script in the tab for the outline only; rejects with the browser's error when injection is refused. */
  readOutline(tabId: number): Promise<unknown>;
}

export interface LocateDeps {
  getTabUrl: TabDeps['getTabUrl'];
  /** Run the locate script in the tab; rejects with the browser's error when injection is refused. */
  locate(tabId: number, request: HeadingRequest): Promise<unknown>;
}

/**
 * The page's outline in one round trip: a clipped page's stored outline (`clipId` set), the tab left alone — a big
 * law's read is 100–150 ms of the page's CPU the popup would drop; else the outline the tab would get if clipped now,
 * nothing stored. The tab's last read answers while its page is unchanged; else the extraction script reads the
 * outline only.
 */
export async function previewOutline(deps: PreviewDeps, tabId: number): Promise<Result<OutlinePreview>> {
  let stored: OutlinePreview | null = null;
  const ran = await runInTab(deps.getTabUrl, tabId, async (url) => {
    // a failed lookup reads the page as before
    stored = url ? await deps.storedOutline(url).catch(() => null) : null;
    return stored ?? (await deps.cachedOutline(tabId)) ?? deps.readOutline(tabId);
  });
  if (!ran.ok) return ran;
  if (stored) return ok(stored);
  // the tab answers JSON text (utils/clipper/preview-cache.ts)
  const read = readReply(parseJson(ran.value), isOutlinePreview, { missing: 'page.error.noResult', malformed: 'page.error.noResult' });
  // the script's own crash is, for the user, a page that could not be read
  if (!read.ok && read.error.code === 'internal') return { ok: false, error: { ...read.error, code: 'injection-failed' } };
  return read;
}

function parseJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

const isEntry = (e: unknown): e is OutlineEntry => {
  const x = e as Partial<OutlineEntry> | null;
  return (
    !!x &&
    typeof x.level === 'number' &&
    (x.label === null || typeof x.label === 'string') &&
    typeof x.title === 'string' &&
    typeof x.preview === 'string' &&
    typeof x.anchor === 'string'
  );
};

/** An answer from a web page's process: only an outline of well-formed entries and a title are taken. */
function isOutlinePreview(v: unknown): v is OutlinePreview {
  const p = v as Partial<OutlinePreview> | null;
  return !!p && typeof p === 'object' && typeof p.title === 'string' && Array.isArray(p.outline) && p.outline.every(isEntry);
}

export async function scrollTabToHeading(deps: LocateDeps, tabId: number, request: HeadingRequest): Promise<Result<{ found: boolean }>> {
  const ran = await runInTab(deps.getTabUrl, tabId, () => deps.locate(tabId, request));
  return ran.ok ? readFound(ran.value) : ran;
}
