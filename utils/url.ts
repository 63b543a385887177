/** URL helpers: which pages can be clipped, and the canonical form used to de-duplicate clips. */
import { problemText } from './error-text';
import type { MessageKey } from './i18n';
import { problem, type Problem } from './result';

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
 * The part of a host that names the site: lower case, without a leading www./m./wap./mobile. (the same site's
 * desktop and mobile hosts). Without the public suffix list this is deliberately strict: two hosts are one site only
 * when these keys are equal, so `a.gov.cn` and `b.gov.cn` stay apart.
 */
export function siteKey(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
  if (u.protocol === 'file:') return 'file:';
  return u.hostname.toLowerCase().replace(/^(www\d?|m|wap|mobile)\./, '');
}

/** Whether two URLs are pages of one site (see siteKey); an unparsable URL is of no site. */
export function sameSite(a: string, b: string): boolean {
  const ka = siteKey(a);
  return ka !== null && ka === siteKey(b);
}

/**
 * Choose the canonical URL: the page's <link rel=canonical> when it is a plausible http(s) URL for the same
 * document on the page's own site, else the page URL. A canonical on another site is how a page would take over
 * that site's clip (and then be served its highlights and notes), so it never counts. Some CMSs point every page's
 * canonical at the home page; that is ignored too.
 */
export function pickCanonicalUrl(pageUrl: string, declared: string | null | undefined): string {
  const page = normalizeUrl(pageUrl);
  if (!declared) return page;
  let c: URL;
  let p: URL;
  try {
    c = new URL(declared, pageUrl);
    p = new URL(pageUrl);
  } catch {
    return page;
  }
  if (c.protocol !== 'http:' && c.protocol !== 'https:') return page;
  if (p.protocol !== 'http:' && p.protocol !== 'https:') return page;
  if (!sameSite(c.href, p.href)) return page;
  if ((c.pathname === '/' || c.pathname === '') && p.pathname.length > 1) return page;
  return normalizeUrl(c.toString());
}

/**
 * Why a tab with this URL cannot be injected into, or null if it can be tried. An unknown URL (the extension
 * may not see it before the user grants access) is tried, and the browser's refusal explained afterwards.
 * As an i18n key with its English text: the background sends it, the UI translates it (utils/error-text.ts).
 */
export function blockedReason(url: string | undefined): (Problem & { key: MessageKey }) | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return problem('page.blocked.noAddress');
  }
  const host = u.hostname;
  if (u.protocol === 'view-source:') return problem('page.blocked.viewSource');
  if (['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'chrome-search:', 'devtools:'].includes(u.protocol))
    return problem('page.blocked.browser');
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') return problem('page.blocked.extension');
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')))
    return problem('page.blocked.chromeStore');
  if (host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com') return problem('page.blocked.addonStore');
  // A PDF on the web is clipped from its address (utils/clipper/pdf-read.ts); one on this computer is not fetched.
  if (/\.pdf$/i.test(u.pathname) && u.protocol === 'file:') return problem('pdf.error.fileUrl');
  if (u.protocol === 'file:') return null; // allowed only if "Allow access to file URLs" is on: checked on failure
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return problem('page.blocked.scheme', { scheme: u.protocol });
  return null;
}

/** blockedReason in the current UI language, for the popup and side panel. */
export function whyNotClippable(url: string | undefined): string | null {
  const why = blockedReason(url);
  return why && problemText(why);
}
