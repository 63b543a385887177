/** Host match patterns for one site: what per-site permissions and content-script registrations are made of. */

/**
 * The match pattern that grants one site (every port and path), or null for pages no host permission opens (file:,
 * browser pages, bad addresses). http and https are separate sites, as the browser treats them. The URL parser
 * lower-cases the host and turns IDN hosts into punycode, the only form match patterns accept.
 */
export function originPattern(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** The host of a pattern made by originPattern, for display. */
export function patternHost(pattern: string): string {
  return /^https?:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] ?? pattern;
}
