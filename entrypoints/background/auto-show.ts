import { browser } from 'wxt/browser';
import { AUTO_SCRIPT_ID, syncAutoShow } from '../../utils/clipper/auto-show';
import { siteStore } from '../../utils/clipper/auto-show-wiring';

const JS = ['highlighter.js'];
let queue: Promise<unknown> = Promise.resolve();

/**
 * Keep the runtime-registered highlighter on exactly the sites in the setting that are granted. One sync at a
 * time: events come in bursts (a grant and the setting's write), and two registers would collide on the id.
 */
export function syncAutoShowNow(): Promise<string[]> {
  const store = siteStore(browser.storage.local);
  const run = () =>
    syncAutoShow({
      sites: () => store.load(),
      isGranted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      registered: async () => {
        const found = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
        // A registration from before the highlighter left content-scripts/ names a file that is gone: drop it.
        if (found.some((s) => !s.js?.includes(JS[0]!))) {
          await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
          return [];
        }
        return found;
      },
      register: (matches) =>
        browser.scripting.registerContentScripts([
          { id: AUTO_SCRIPT_ID, matches, js: JS, runAt: 'document_idle', persistAcrossSessions: true },
        ]),
      update: (matches) => browser.scripting.updateContentScripts([{ id: AUTO_SCRIPT_ID, matches, js: JS }]),
      unregister: () => browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] }),
    }).catch(() => [] as string[]);
  const next = queue.then(run);
  queue = next;
  return next;
}
