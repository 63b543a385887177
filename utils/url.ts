/** URL helpers: which pages can be clipped, and the canonical form used to de-duplicate clips. */

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
 */
export function whyNotClippable(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This tab has no valid page address.';
  }
  const host = u.hostname;
  if (u.protocol === 'view-source:') return 'Source views (view-source:) cannot be clipped; open the page itself.';
  if (['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'chrome-search:', 'devtools:'].includes(u.protocol))
    return 'Browser pages (like settings or new tab) cannot be clipped: browsers do not let extensions read them.';
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:')
    return 'Pages of extensions (including this one) cannot be clipped.';
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')))
    return 'The Chrome Web Store does not allow extensions to read its pages.';
  if (host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com')
    return 'Add-on store pages do not allow extensions to read them.';
  if (/\.pdf$/i.test(u.pathname) && (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:'))
    return "This looks like a PDF shown in the browser's PDF viewer, which extensions cannot read.";
  if (u.protocol === 'file:') return null; // allowed only if "Allow access to file URLs" is on: checked on failure
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `Pages with the ${u.protocol} scheme cannot be clipped.`;
  return null;
}
