// Injected on demand by the background when an outline entry is activated in the popup; never in the manifest. An
// unlisted script, not a WXT content script, so nothing announces it to the page (see entrypoints/extract.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readLocateRequest } from '../utils/clipper/request';
import { flashElement } from '../utils/highlighter/flash';
import { locateHeading } from '../utils/outline/locate';
// type only: importing utils/result's code would bundle the English catalog (its problem()) into this tiny script
import type { Result } from '../utils/result';

export default defineUnlistedScript({
  main(): Result<{ found: boolean }> {
    const req = readLocateRequest(globalThis as unknown as Record<string, unknown>);
    const el = req && locateHeading(document, req, req.occurrence, req.count);
    if (!el) return { ok: true, value: { found: false } };
    // Instant, whatever the page's scroll-behavior: a long smooth scroll through a law is slow and dizzying.
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    flashElement(el);
    return { ok: true, value: { found: true } };
  },
});
