// Injected on demand by the background for the popup's outline preview of a page not clipped (an unlisted script, as
// extract.ts): the outline alone. Its own small bundle — no sanitiser, no policy metadata readers — so a big law's
// first preview compiles less and reads less than a clip (utils/extract/outline-only.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractOutline } from '../utils/extract/outline-only';
import { readOutlinePreview, type PageScope } from '../utils/clipper/read-page';
import type { CacheScope, PreviewJson } from '../utils/clipper/preview-cache';

export default defineUnlistedScript({
  main(): PreviewJson {
    return readOutlinePreview(globalThis as unknown as PageScope & CacheScope, (doc, url) => extractOutline(doc, url));
  },
});
