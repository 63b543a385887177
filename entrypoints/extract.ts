// Injected on demand (activeTab + scripting) by the background; never registered in the manifest. An unlisted script,
// not a WXT content script: WXT's content-script context announces every start to the page (a window message and a
// document event named after the extension's id), which would tell any site that Clausemark is installed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../utils/extract';
import { readExtractRequest } from '../utils/clipper/request';
import { readPage, type PageScope } from '../utils/clipper/read-page';
import type { CacheScope } from '../utils/clipper/preview-cache';
import { sanitizeArticleElement } from '../utils/sanitize';
import type { ExtractedPage } from '../utils/model';
import type { Result } from '../utils/result';

export default defineUnlistedScript({
  main(): Result<ExtractedPage> {
    const mode = readExtractRequest(globalThis as unknown as Record<string, unknown>);
    return readPage(globalThis as unknown as PageScope & CacheScope, mode, {
      extract: extractArticle,
      sanitize: (el) => sanitizeArticleElement(el),
    });
  },
});
