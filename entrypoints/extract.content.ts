// Injected on demand (activeTab + scripting) by the background; never registered in the manifest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../utils/extract';
import { readRequestedMode } from '../utils/clipper/request';
import { sanitizeArticleElement } from '../utils/sanitize';
import type { ExtractReply } from '../utils/clipper/clip-tab';

export default defineContentScript({
  registration: 'runtime',
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
