// Injected on demand (activeTab + scripting) by the background; never registered in the manifest. An unlisted script,
// not a WXT content script: WXT's content-script context announces every start to the page (a window message and a
// document event named after the extension's id), which would tell any site that Clausemark is installed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../utils/extract';
import { readRequestedMode } from '../utils/clipper/request';
import { sanitizeArticleElement } from '../utils/sanitize';
import type { ExtractReply } from '../utils/clipper/clip-tab';

export default defineUnlistedScript({
  main(): ExtractReply {
    const mode = readRequestedMode(globalThis as unknown as Record<string, unknown>);
    try {
      // Readability mutates what it is given: it only ever sees a clone of the live page.
      const doc = document.cloneNode(true) as Document;
      return extractArticle(doc, location.href, { mode, sanitize: (el) => sanitizeArticleElement(el) });
    } catch (e) {
      return { ok: false, code: 'internal', message: `Reading the page failed: ${(e as Error)?.message ?? String(e)}` };
    }
  },
});
