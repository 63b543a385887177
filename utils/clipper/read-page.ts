/**
 * What the injected extraction script (entrypoints/extract.ts) does in the page: extract a clip, or only its outline
 * for the popup's preview. The outline is built before the article is sanitised, so a preview skips DOMPurify (half
 * the time on a big law) and sends no html, yet its outline is the one a clip of the page stores.
 */
import type { ExtractOptions, ExtractOutcome } from '../extract';
import type { OutlinePreview } from '../messaging';
import type { ExtractedPage } from '../model';
import { fail, ok, problem, type Result } from '../result';
import { cachedPreview, rememberPreview, type CacheScope, type PreviewJson } from './preview-cache';
import type { ExtractRequest } from './request';

export interface PageScope {
  document: Document;
  location: { href: string };
  MutationObserver: typeof MutationObserver;
}

export interface ReadDeps {
  extract(doc: Document, url: string, opts: ExtractOptions): ExtractOutcome;
  sanitize(el: Element): void;
}

function previewOf(out: ExtractOutcome): Result<OutlinePreview> {
  if (out.ok) return ok({ outline: out.page.outline, title: out.page.title });
  const { ok: _, ...error } = out;
  return { ok: false, error };
}

/** A clip's page, or for an outline request the preview as JSON text (see preview-cache.ts). */
export function readPage(scope: PageScope & CacheScope, request: ExtractRequest, deps: ReadDeps): Result<ExtractedPage> | PreviewJson {
  const { document: live, location } = scope;
  if (request === 'outline') {
    const hit = cachedPreview(scope, live, location.href);
    if (hit) return hit;
  }
  try {
    const href = location.href;
    // Readability mutates what it is given: it only ever sees a clone of the live page.
    const doc = live.cloneNode(true) as Document;
    const mode = request === 'outline' ? 'article' : request;
    const out = deps.extract(doc, href, { mode, sanitize: request === 'outline' ? undefined : deps.sanitize });
    const preview = previewOf(out);
    // a clip of the article reads the same outline: the popup opened after it answers from it
    if (mode === 'article') rememberPreview(scope, live, href, JSON.stringify(preview), scope.MutationObserver);
    if (request === 'outline') return JSON.stringify(preview);
    return out.ok ? ok(out.page) : (preview as Result<never>);
  } catch (e) {
    const crashed = fail('internal', problem('page.error.readFailed', { detail: (e as Error)?.message ?? String(e) }));
    return request === 'outline' ? JSON.stringify(crashed) : crashed;
  }
}
