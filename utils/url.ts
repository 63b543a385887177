/** URL helpers: which pages can be clipped, and the canonical form used to de-duplicate clips. */
import { t } from './i18n';

const TRACKING_PARAMS = /^(utm_\w+|spm|from|fbclid|gclid|yclid|mc_cid|mc_eid|share_token|scene|srcid|isappinstalled|wfr|ref|ref_src)$/i;

/** Normalise a URL so the same document clipped twice maps to one clip. */
export function normalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  // WeChat articles identify themselves by __biz/mid/idx/sn; keep those, drop the rest of the share noise.
  const keep = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  keep.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of keep) u.searchParams.append(k, v);
  return u.toString();
}

/**
 * Choose the canonical URL: the page's <link rel=canonical> when it is a plausible http(s) URL for the same
 * document, else the page URL. Some CMSs point every page's canonical at the home page; that is ignored.
 */
export function pickCanonicalUrl(pageUrl: string, declared: string | null | undefined): string {
  const page = normalizeUrl(pageUrl);
  if (!declared) return page;
  let c: URL;
  try {
    c = new URL(declared, pageUrl);
  } catch {
    return page;
  }
  if (c.protocol !== 'http:' && c.protocol !== 'https:') return page;
  let p: URL | null = null;
  try {
    p = new URL(pageUrl);
  } catch {
    /* page url may be a file path in the CLI */
  }
  if (p && (c.pathname === '/' || c.pathname === '') && p.pathname.length > 1) return page;
  return normalizeUrl(c.toString());
}

/**
 * Why a tab with this URL cannot be injected into, or null if it can be tried. An unknown URL (the extension
 * may not see it before the user grants access) is tried, and the browser's refusal explained afterwards.
 * In the current UI language: the background never sets one, so what it sends is English (see utils/error-text.ts).
 */
export function whyNotClippable(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return t('page.blocked.noAddress');
  }
  const host = u.hostname;
  if (u.protocol === 'view-source:') return t('page.blocked.viewSource');
  if (['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'chrome-search:', 'devtools:'].includes(u.protocol))
    return t('page.blocked.browser');
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:')
    return t('page.blocked.extension');
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')))
    return t('page.blocked.chromeStore');
  if (host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com')
    return t('page.blocked.addonStore');
  if (/\.pdf$/i.test(u.pathname) && (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:'))
    return t('page.blocked.pdf');
  if (u.protocol === 'file:') return null; // allowed only if "Allow access to file URLs" is on: checked on failure
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return t('page.blocked.scheme', { scheme: u.protocol });
  return null;
}
