/** Background use case: read a tab through the injected extraction script and store the clip. */
import { clipForUrl, saveClip, type ClausemarkDB } from '../db';
import type { ClipSummary } from '../messaging';
import { errorMessage, fail, isQuotaError, ok, problem, type Result } from '../result';
import type { AttachmentOf, ClipMode, ExtractedPage } from '../model';
import { blockedReason } from '../url';
import { capPage } from '../extract/size-cap';
import { explainInjectionError } from './injection-errors';
import { kindFromUrl } from './doc-kind';
import { looksLikePdf } from './pdf-url';
import { readReply } from './reply';

export interface TabDeps {
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** Run the extraction script in the tab; rejects with the browser's error when injection is refused. */
  inject(tabId: number, mode: ClipMode): Promise<unknown>;
}

export interface ClipDeps extends TabDeps {
  db: ClausemarkDB;
  /**
   * Clip a PDF (a tab, a link) or a linked Word file by its address, in an extension page (utils/clipper/pdf-read.ts;
   * the bytes decide which reader); `tabId` gets the progress.
   */
  readPdf?(url: string, tabId: number): Promise<Result<ExtractedPage>>;
  /** Whether an address without .pdf serves a PDF (its Content-Type); asked only once the page could not be read. */
  servesPdf?(url: string): Promise<boolean>;
}

/**
 * How long an injected script may take. Readability cannot be interrupted inside the page, but the user gets an
 * answer instead of a popup that waits for ever (the page caps in utils/extract/limits keep real pages far below).
 */
export const TAB_TIMEOUT_MS = 45_000;

/** Run something injected into the tab, turning the browser's refusals into sentences a user can act on. */
export async function runInTab(
  getTabUrl: TabDeps['getTabUrl'],
  tabId: number,
  /** gets the tab's address, already checked */
  run: (url: string | undefined) => Promise<unknown>,
  timeoutMs = TAB_TIMEOUT_MS,
): Promise<Result<unknown>> {
  let url: string | undefined;
  try {
    url = await getTabUrl(tabId);
  } catch {
    return fail('no-tab', problem('page.error.noTab'));
  }
  const refused = blockedReason(url);
  if (refused) return fail('not-injectable', refused);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Result<never>>((resolve) => {
    timer = setTimeout(() => resolve(fail('timeout', problem('page.error.timeout', { seconds: Math.round(timeoutMs / 1000) }))), timeoutMs);
  });
  try {
    return await Promise.race([run(url).then((v) => ok(v)), late]);
  } catch (e) {
    return fail('not-injectable', explainInjectionError(errorMessage(e), url));
  } finally {
    clearTimeout(timer);
  }
}

/** Extract the tab's page without storing it. */
export async function readTab(deps: TabDeps, tabId: number, mode: ClipMode): Promise<Result<ExtractedPage>> {
  const ran = await runInTab(deps.getTabUrl, tabId, () => deps.inject(tabId, mode));
  if (!ran.ok) return ran;
  const read = readReply(ran.value, isExtractedPage, { missing: 'page.error.noResult', malformed: 'page.error.noResult' });
  // the script's own crash is, for the user, a page that could not be read
  if (!read.ok && read.error.code === 'internal') return { ok: false, error: { ...read.error, code: 'injection-failed' } };
  return read;
}

/**
 * Clipping a page again must not take text away from its highlights: a page whose clip has highlights is read with
 * every post of a post list (on any other page that is the same as an article clip).
 */
async function modeFor(deps: ClipDeps, tabId: number, mode: ClipMode): Promise<ClipMode> {
  if (mode !== 'article') return mode;
  const url = await deps.getTabUrl(tabId).catch(() => undefined);
  const existing = url ? await clipForUrl(deps.db, url) : undefined;
  return existing && existing.highlightCount > 0 ? 'allposts' : mode;
}

/** Scripts cannot enter the browser's PDF viewer: a PDF tab is read from its address instead of by a page script. */
async function readTabOrPdf(deps: ClipDeps, tabId: number, mode: ClipMode): Promise<Result<ExtractedPage>> {
  const url = await deps.getTabUrl(tabId).catch(() => undefined);
  if (deps.readPdf && url && looksLikePdf(url)) return deps.readPdf(url, tabId);
  const read = await readTab(deps, tabId, await modeFor(deps, tabId, mode));
  // The viewer either refuses the script or shows it an empty page around an <embed>.
  if (read.ok || !deps.readPdf || !url || !/^https?:/i.test(url) || !PDF_SUSPECT.includes(read.error.code)) return read;
  return (await deps.servesPdf?.(url).catch(() => false)) ? deps.readPdf(url, tabId) : read;
}
const PDF_SUSPECT: string[] = ['not-injectable', 'injection-failed', 'no-article'];

export async function clipTab(deps: ClipDeps, tabId: number, mode: ClipMode): Promise<Result<ClipSummary>> {
  return storePage(deps.db, await readTabOrPdf(deps, tabId, mode));
}

/** A PDF or Word file by its address (a link, a notice's 附件): the bytes decide which (utils/clipper/doc-kind.ts). */
export async function readLinkedFile(deps: ClipDeps, url: string, tabId: number): Promise<Result<ExtractedPage>> {
  // an old .doc is refused at once: no download, no offscreen document for a file nothing here reads
  if (kindFromUrl(url) === 'doc') return fail('bad-file', problem('docx.error.oldWord'));
  if (!deps.readPdf) return fail('not-injectable', problem('page.blocked.pdf'));
  return deps.readPdf(url, tabId);
}

/** A linked PDF or Word file, clipped without opening it (the link's context menu). */
export async function clipLinkedFile(deps: ClipDeps, url: string, tabId: number): Promise<Result<ClipSummary>> {
  return storePage(deps.db, await readLinkedFile(deps, url, tabId));
}

/** Store what was read; `link` makes it a 附件 of a notice (utils/clipper/attachment-clip.ts). */
export async function storePage(db: ClausemarkDB, read: Result<ExtractedPage>, link?: AttachmentOf): Promise<Result<ClipSummary>> {
  if (!read.ok) return read;
  try {
    const page = capPage(read.value);
    const { clip, created } = await saveClip(db, page, Date.now(), link);
    const { postsLeftOut, truncated, attachments } = page;
    return ok({
      clipId: clip.id,
      title: clip.title,
      created,
      mode: clip.mode,
      postsLeftOut,
      truncated,
      ...(attachments ? { attachments } : {}),
    });
  } catch (e) {
    if (isQuotaError(e)) return fail('quota', problem('page.error.quota'));
    return fail('save-failed', problem('page.error.saveFailed', { detail: errorMessage(e) }));
  }
}

function isExtractedPage(v: unknown): v is ExtractedPage {
  const p = v as Partial<ExtractedPage> | null;
  return (
    !!p &&
    typeof p === 'object' &&
    typeof p.url === 'string' &&
    typeof p.html === 'string' &&
    typeof p.text === 'string' &&
    typeof p.canonicalUrl === 'string'
  );
}
