import { browser } from 'wxt/browser';
import { AUTO_ORIGINS, AUTO_SCRIPT_ID, syncAutoShow } from '../../utils/clipper/auto-show';

/** Keep the runtime-registered highlighter in step with the optional <all_urls> permission. */
export function syncAutoShowNow(): Promise<boolean> {
  return syncAutoShow({
    hasPermission: () => browser.permissions.contains({ origins: AUTO_ORIGINS }),
    registeredIds: async () => {
      const all = await browser.scripting.getRegisteredContentScripts();
      // A registration from before the highlighter left content-scripts/ names a file that is gone: drop it.
      const stale = all.filter((s) => s.id === AUTO_SCRIPT_ID && !s.js?.includes('highlighter.js'));
      if (stale.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
      return all.filter((s) => !stale.includes(s)).map((s) => s.id);
    },
    register: () =>
      browser.scripting.registerContentScripts([
        { id: AUTO_SCRIPT_ID, matches: ['http://*/*', 'https://*/*'], js: ['highlighter.js'], runAt: 'document_idle', persistAcrossSessions: true },
      ]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] }),
  }).catch(() => false);
}
