// Injected on demand by the background when an outline entry is activated in the popup; never in the manifest.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readLocateRequest } from '../utils/clipper/request';
import { flashElement, locateHeading } from '../utils/outline/locate';

export default defineContentScript({
  registration: 'runtime',
  main(): { found: boolean } {
    const req = readLocateRequest(globalThis as unknown as Record<string, unknown>);
    const el = req && locateHeading(document, req, req.occurrence);
    if (!el) return { found: false };
    // Instant, whatever the page's scroll-behavior: a long smooth scroll through a law is slow and dizzying.
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    flashElement(el);
    return { found: true };
  },
});
