/**
 * The "show my highlights automatically" setting: the sites (host match patterns) the user turned it on for. It is
 * kept in browser.storage.local, not in the library database: a grant belongs to this browser, so the list must
 * not travel in a backup. Storage and permission calls are handed in, so all of this runs under test.
 */
export const AUTO_SHOW_KEY = 'autoShowSites';

export interface AutoShowSite {
  /** host match pattern, e.g. https://www.gov.cn/* */
  pattern: string;
  /** the grant was not held when auto-show asked for it, so turning auto-show off gives it back */
  asked: boolean;
  /** the site has had a clip while auto-show was on: deleting its last clip turns auto-show off there */
  clipped: boolean;
}

export interface SiteStore {
  load(): Promise<AutoShowSite[]>;
  save(sites: AutoShowSite[]): Promise<void>;
}

/** The stored value, or [] when it is missing or not what this code wrote. */
export function parseSites(raw: unknown): AutoShowSite[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((s: Partial<AutoShowSite> | null) =>
    s && typeof s.pattern === 'string' ? [{ pattern: s.pattern, asked: s.asked === true, clipped: s.clipped === true }] : [],
  );
}

export interface SiteToggleDeps {
  store: SiteStore;
  /** permissions.request for one origin; must be called inside the user's click */
  request(pattern: string): Promise<boolean>;
  /** permissions.remove; a refusal (e.g. a permission the manifest requires) is not an error here */
  remove(patterns: string[]): Promise<unknown>;
}

/**
 * Turn auto-show on for a site from the click: the permission request is the first call, with no await before it
 * (browsers accept it only inside the user gesture). `held` says whether the grant was already there (the side
 * panel's "Allow on this site"); then it is not auto-show's to give back later. Resolves to the new state.
 */
export function enableSite(deps: SiteToggleDeps, pattern: string, held: boolean): Promise<boolean> {
  return deps.request(pattern).then(async (granted) => {
    if (!granted) return false;
    const sites = await deps.store.load();
    const old = sites.find((s) => s.pattern === pattern);
    const rest = sites.filter((s) => s.pattern !== pattern);
    await deps.store.save([...rest, { pattern, asked: (old?.asked ?? false) || !held, clipped: old?.clipped ?? false }]);
    return true;
  });
}

/** Turn auto-show off for some sites and give back the grants it asked for (no gesture needed for that). */
export async function disableSites(deps: Pick<SiteToggleDeps, 'store' | 'remove'>, patterns: string[]): Promise<void> {
  const sites = await deps.store.load();
  const gone = sites.filter((s) => patterns.includes(s.pattern));
  if (!gone.length) return;
  await deps.store.save(sites.filter((s) => !patterns.includes(s.pattern)));
  const giveBack = gone.filter((s) => s.asked).map((s) => s.pattern);
  if (giveBack.length) await deps.remove(giveBack).catch(() => false);
}

/**
 * After the library changed: a site that has clips is marked as clipped; a site marked so that has none left (its
 * last clip was deleted) is turned off and its grant given back. A site turned on before its first clip stays on.
 * `clippedSites` holds the originPattern of every clip's address. Resolves to the patterns turned off.
 */
export async function pruneSites(deps: Pick<SiteToggleDeps, 'store' | 'remove'>, clippedSites: ReadonlySet<string>): Promise<string[]> {
  const sites = await deps.store.load();
  const gone = sites.filter((s) => s.clipped && !clippedSites.has(s.pattern)).map((s) => s.pattern);
  const keep = sites.filter((s) => !gone.includes(s.pattern));
  const next = keep.map((s) => ({ ...s, clipped: s.clipped || clippedSites.has(s.pattern) }));
  if (!gone.length && next.every((s, i) => s.clipped === keep[i]!.clipped)) return [];
  await deps.store.save(next);
  const giveBack = sites.filter((s) => gone.includes(s.pattern) && s.asked).map((s) => s.pattern);
  if (giveBack.length) await deps.remove(giveBack).catch(() => false);
  return gone;
}

/**
 * Updating from the version that asked for every site: if that grant is still held and the per-site setting was
 * never written, auto-show goes on for the sites that have highlights, so it keeps working where it mattered (the
 * broad grant covers them; it is the user's to withdraw, so `asked` is false). Resolves to the sites added.
 */
export async function seedFromBroadGrant(
  store: SiteStore,
  stored: unknown,
  broadGrant: boolean,
  highlightedSites: ReadonlySet<string>,
): Promise<string[]> {
  if (stored !== undefined || !broadGrant || !highlightedSites.size) return [];
  const patterns = [...highlightedSites].sort();
  await store.save(patterns.map((pattern) => ({ pattern, asked: false, clipped: true })));
  return patterns;
}
