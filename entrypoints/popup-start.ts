// Loaded by popup.html as a classic script before the popup's module: looks up the tab and asks for its outline
// preview while the module is still loading (components/page/popup-start.ts). Wiring only.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leaveStart, startPopup } from '../components/page/popup-start';

export default defineUnlistedScript({
  main() {
    const start = startPopup(browser, location.search);
    leaveStart(globalThis, start);
    // for the bench (scripts/lib/bench-popup-law.ts): when the request left and when its answer came
    void start.preview.then((p) => {
      if (!p) return;
      performance.mark('cm-preview-asked');
      p.answer.then(() => performance.mark('cm-preview-answered')).catch(() => {});
    });
  },
});
