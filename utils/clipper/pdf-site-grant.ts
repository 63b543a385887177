/**
 * Firefox's activeTab lets the extension see the tab's address but not download from its site: the fetch of the
 * PDF is refused as cross-origin (Chrome's activeTab reaches the site). So in Firefox, the page menu's click on a
 * PDF tab asks for that one site at once — inside the handler, before anything is awaited, the only time
 * permissions.request may be called. A site already granted resolves at once, without a prompt. (The shortcut
 * cannot ask: Firefox 153 fails a prompt from commands.onCommand, having no tab to show it in.)
 */
import { looksLikePdf, originPattern } from './pdf-url';

export interface SiteRequester {
  request(p: { origins: string[] }): Promise<boolean>;
}

/** The request for a PDF tab's site (false when refused or failed), or null when the tab is no PDF. */
export function askPdfSite(permissions: SiteRequester, tabUrl: string | undefined): Promise<boolean> | null {
  const site = looksLikePdf(tabUrl) ? originPattern(tabUrl!) : null;
  if (!site) return null;
  try {
    return permissions.request({ origins: [site] }).catch(() => false);
  } catch {
    return Promise.resolve(false); // a browser throwing synchronously (no user gesture): clip as before
  }
}
