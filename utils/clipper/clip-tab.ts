/** Background use case: read a tab through the injected extraction script and store the clip. */
import { clipForUrl, saveClip, type ClausemarkDB } from '../db';
import type { ClipSummary } from '../messaging';
import { errorMessage, fail, isQuotaError, ok, type Result } from '../result';
import type { ClipMode, ExtractedPage } from '../model';
import { whyNotClippable } from '../url';
import { capPage } from '../extract/size-cap';
import { explainInjectionError } from './injection-errors';

/** What the injected script returns (see entrypoints/extract.ts). */
export type ExtractReply =
  | { ok: true; page: ExtractedPage }
  | { ok: false; code: 'no-article' | 'too-large' | 'internal'; message: string };

export interface TabDeps {
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** Run the extraction script in the tab; rejects with the browser's error when injection is refused. */
  inject(tabId: number, mode: ClipMode): Promise<unknown>;
}

export interface ClipDeps extends TabDeps {
  db: ClausemarkDB;
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
  run: () => Promise<unknown>,
  timeoutMs = TAB_TIMEOUT_MS,
): Promise<Result<unknown>> {
  let url: string | undefined;
  try {
    url = await getTabUrl(tabId);
  } catch {
    return fail('no-tab', 'That tab no longer exists.');
  }
  const refused = whyNotClippable(url);
  if (refused) return fail('not-injectable', refused);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Result<never>>((resolve) => {
    timer = setTimeout(() => resolve(fail('timeout', `The page took more than ${Math.round(timeoutMs / 1000)} seconds to answer, so it was left alone. You can clip its whole visible text instead.`)), timeoutMs);
  });
  try {
    return await Promise.race([run().then((v) => ok(v)), late]);
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
  const reply = ran.value;
  if (!isExtractReply(reply)) return fail('injection-failed', 'The page did not return a result; it may have navigated away while being read.');
  if (!reply.ok) return fail(reply.code === 'internal' ? 'injection-failed' : reply.code, reply.message);
  return ok(reply.page);
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

export async function clipTab(deps: ClipDeps, tabId: number, mode: ClipMode): Promise<Result<ClipSummary>> {
  const read = await readTab(deps, tabId, await modeFor(deps, tabId, mode));
  if (!read.ok) return read;
  try {
    const page = capPage(read.value);
    const { clip, created } = await saveClip(deps.db, page);
    return ok({ clipId: clip.id, title: clip.title, created, mode: clip.mode, postsLeftOut: page.postsLeftOut, truncated: page.truncated });
  } catch (e) {
    if (isQuotaError(e))
      return fail('quota', 'The browser has no storage space left for Clausemark, so nothing was saved. Free some disk space or delete old clips and try again.');
    return fail('save-failed', `The clip could not be saved, and nothing was changed: ${errorMessage(e)}`);
  }
}

function isExtractReply(v: unknown): v is ExtractReply {
  if (!v || typeof v !== 'object' || typeof (v as ExtractReply).ok !== 'boolean') return false;
  if ((v as { ok: boolean }).ok) {
    const p = (v as { page?: Partial<ExtractedPage> }).page;
    return !!p && typeof p.url === 'string' && typeof p.html === 'string' && typeof p.text === 'string' && typeof p.canonicalUrl === 'string';
  }
  return typeof (v as { message?: unknown }).message === 'string';
}
