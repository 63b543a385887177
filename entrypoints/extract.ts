// Injected on demand (activeTab + scripting) by the background; never registered in the manifest. An unlisted script,
// not a WXT content script: WXT's content-script context announces every start to the page (a window message and a
// document event named after the extension's id), which would tell any site that Clausemark is installed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../utils/extract';
import { readRequestedMode } from '../utils/clipper/request';
import { sanitizeArticleElement } from '../utils/sanitize';
import type { ExtractedPage } from '../utils/model';
import { fail, ok, problem, type Result } from '../utils/result';

export default defineUnlistedScript({
  main(): Result<ExtractedPage> {
    const mode = readRequestedMode(globalThis as unknown as Record<string, unknown>);
    try {
      // Readability mutates what it is given: it only ever sees a clone of the live page.
      const doc = document.cloneNode(true) as Document;
      const out = extractArticle(doc, location.href, { mode, sanitize: (el) => sanitizeArticleElement(el) });
      if (out.ok) return ok(out.page);
      const { ok: _, ...error } = out;
      return { ok: false, error };
    } catch (e) {
      return fail('internal', problem('page.error.readFailed', { detail: (e as Error)?.message ?? String(e) }));
    }
  },
});
