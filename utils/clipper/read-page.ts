/**
 * What the injected scripts do in the page: the extraction script (entrypoints/extract.ts) extracts a clip, the outline
 * script (entrypoints/outline.ts) only the outline for the popup's preview. The outline alone skips what only a stored
 * clip needs (policy metadata, text, sanitising, html: utils/extract/outline-only.ts), yet is the outline a clip of the
 * page stores. Either read is remembered in the tab for the next preview (preview-cache.ts).
 */
import { findAttachments } from '../extract/attachments';
import type { ExtractFailure, ExtractOptions, ExtractOutcome, OutlineOutcome } from '../extract';
import type { OutlinePreview } from '../messaging';
import type { ClipMode, ExtractedPage } from '../model';
import { fail, ok, type Result } from '../result';
import { cachedPreview, rememberPreview, type CacheScope, type PreviewJson } from './preview-cache';

export interface PageScope {
  document: Document;
  location: { href: string };
  MutationObserver: typeof MutationObserver;
}

export interface ReadDeps {
  extract(doc: Document, url: string, opts: ExtractOptions): ExtractOutcome;
  sanitize(el: Element): void;
}

export type ReadOutline = (doc: Document, url: string) => OutlineOutcome;

function failureOf(out: ExtractFailure): Result<never> {
  const { ok: _, ...error } = out;
  return { ok: false, error };
}

const previewOf = (out: OutlineOutcome): Result<OutlinePreview> =>
  out.ok ? ok({ outline: out.outline, title: out.title }) : failureOf(out);

/**
 * Spelt out rather than built with problem(): that reads the whole English catalogue, a fifth of the outline script,
 * evaluated again on every read in the page. A test holds the sentence to the catalogue's.
 */
export function crashed(e: unknown): Result<never> {
  const detail = (e as Error)?.message ?? String(e);
  return fail('internal', { key: 'page.error.readFailed', message: `Reading the page failed: ${detail}`, params: { detail } });
}

// Readability mutates what it is given: it only ever sees a clone of the live page.
const copyOf = (live: Document) => live.cloneNode(true) as Document;

/** A clip's page. */
export function readPage(scope: PageScope & CacheScope, mode: ClipMode, deps: ReadDeps): Result<ExtractedPage> {
  const { document: live, location } = scope;
  try {
    const href = location.href;
    const out = deps.extract(copyOf(live), href, { mode, sanitize: deps.sanitize });
    // a clip of the article reads the same outline: the popup opened after it answers from it
    if (mode === 'article') {
      const preview = previewOf(out.ok ? { ok: true, outline: out.page.outline, title: out.page.title } : out);
      rememberPreview(scope, live, href, JSON.stringify(preview), scope.MutationObserver);
    }
    if (!out.ok) return failureOf(out);
    // read on the live page (Readability changed the copy): the popup offers to clip them with the notice
    const attachments = findAttachments(live, href);
    return ok(attachments.length ? { ...out.page, attachments } : out.page);
  } catch (e) {
    return crashed(e);
  }
}

/** The popup's preview, as JSON text: the remembered one while the page is unchanged, else the outline read now. */
export function readOutlinePreview(scope: PageScope & CacheScope, read: ReadOutline): PreviewJson {
  const { document: live, location } = scope;
  const hit = cachedPreview(scope, live, location.href);
  if (hit) return hit;
  try {
    const href = location.href;
    const preview = JSON.stringify(previewOf(read(copyOf(live), href)));
    rememberPreview(scope, live, href, preview, scope.MutationObserver);
    return preview;
  } catch (e) {
    return JSON.stringify(crashed(e));
  }
}
