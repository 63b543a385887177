/**
 * The one check before the extension opens or links to a stored address. Clips and backups carry URLs from pages
 * and files we do not control: a `javascript:`, `data:`, `blob:` or `chrome:` URL handed to tabs.create or an
 * href would run code or open browser internals. Pure (no browser API), so the exporters and the backup reader use it.
 */

/** Web pages and local files, nothing else. */
export const OPENABLE_SCHEMES: readonly string[] = ['http:', 'https:', 'file:'];
/** Links in exported files, which travel to other machines: web pages only. */
export const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];

/**
 * The parsed, normalised address to open, or undefined when it must not be opened: relative or malformed, another
 * scheme, or a `file:` URL naming another computer (on Windows that is an SMB share, which leaks credentials).
 * Parsing (not a prefix test) is what counts: `jav\tascript:` and ` javascript:` are read as the browser reads them.
 */
export function openableUrl(raw: unknown, schemes: readonly string[] = OPENABLE_SCHEMES): string | undefined {
  if (typeof raw !== 'string' || !raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (!schemes.includes(u.protocol)) return undefined;
  if (u.protocol === 'file:' && u.hostname !== '' && u.hostname !== 'localhost') return undefined;
  return u.href;
}

export function isOpenableUrl(raw: unknown, schemes?: readonly string[]): boolean {
  return openableUrl(raw, schemes) !== undefined;
}

/** Why a URL is not openable, for error messages: its scheme (`javascript:`), `file://host/`, or null if unparsable. */
export function urlScheme(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'file:' && u.hostname ? `file://${u.hostname}/` : u.protocol;
  } catch {
    return null;
  }
}
