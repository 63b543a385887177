/**
 * The browser-facing half of per-site auto-show, shared by the background, the popup and the options page: the
 * setting in storage.local, the sites the library has clips on, and pruning when clips go. Browser objects are
 * passed in (their slices below), so tests use fakes.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { ClausemarkDB } from '../db/schema';
import { changedBy } from '../db/search/sync';
import { originPattern, patternHost } from '../site-pattern';
import { AUTO_SHOW_KEY, disableSites, enableSite, parseSites, pruneSites, seedFromBroadGrant, type SiteStore } from './auto-show-sites';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

export function siteStore(area: StorageAreaLike): SiteStore {
  return {
    load: async () => parseSites((await area.get(AUTO_SHOW_KEY))[AUTO_SHOW_KEY]),
    save: (sites) => area.set({ [AUTO_SHOW_KEY]: sites }),
  };
}

/** The site pattern of every clip's address, read from the url index (keys only, no rows). */
export async function clippedSites(db: ClausemarkDB): Promise<Set<string>> {
  const urls = (await db.clips.orderBy('url').uniqueKeys()) as string[];
  return new Set(urls.map((u) => originPattern(u)).filter((p): p is string => !!p));
}

/** One prune pass: turn auto-show off on sites whose last clip is gone, and give their grants back. */
export async function pruneAutoShow(
  db: ClausemarkDB,
  area: StorageAreaLike,
  permissions: Pick<PermissionsLike, 'remove'>,
): Promise<string[]> {
  return pruneSites({ store: siteStore(area), remove: (origins) => permissions.remove({ origins }) }, await clippedSites(db));
}

/**
 * Run `prune` after every write to the clips table seen in this context (Dexie forwards writes made in other
 * extension pages too, while this one is alive), one run at a time. Returns the unsubscribe.
 */
export function pruneOnClipChanges(db: ClausemarkDB, prune: () => Promise<unknown>): () => void {
  let queue: Promise<unknown> = Promise.resolve();
  const onMutated = (parts: ObservabilitySet) => {
    const c = changedBy(parts, db.name);
    if (!c || (c.clips !== 'all' && c.clips.size === 0)) return;
    queue = queue.then(prune).catch(() => {});
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}

/** What the popup's per-site checkbox needs (see components/page/AutoShowToggle.tsx). */
export interface SiteAutoShow {
  /** the host shown in the label */
  site: string;
  isEnabled(): Promise<boolean>;
  /** must be called inside the click; resolves to the new state */
  setEnabled(on: boolean): Promise<boolean>;
}

/** The checkbox for the site of `url`, or undefined for pages no site permission covers (file:, browser pages). */
export function siteAutoShow(permissions: PermissionsLike, area: StorageAreaLike, url: string | undefined): SiteAutoShow | undefined {
  const pattern = originPattern(url);
  if (!pattern) return undefined;
  const store = siteStore(area);
  const deps = {
    store,
    request: (p: string) => permissions.request({ origins: [p] }),
    remove: (ps: string[]) => permissions.remove({ origins: ps }),
  };
  // Whether the grant is there before auto-show asks for it (read ahead: nothing may be awaited inside the click).
  let held = false;
  const readHeld = async () => (held = await permissions.contains({ origins: [pattern] }).catch(() => false));
  return {
    site: patternHost(pattern),
    isEnabled: async () => (await readHeld()) && (await store.load()).some((s) => s.pattern === pattern),
    setEnabled: (on) =>
      on
        ? enableSite(deps, pattern, held)
        : disableSites(deps, [pattern])
            .then(readHeld)
            .then(() => false),
  };
}

/** On update: carry the all-sites version's auto-show over to the sites with highlights (see seedFromBroadGrant). */
export async function migrateBroadGrant(
  db: ClausemarkDB,
  area: StorageAreaLike,
  permissions: Pick<PermissionsLike, 'contains'>,
): Promise<string[]> {
  const stored = (await area.get(AUTO_SHOW_KEY))[AUTO_SHOW_KEY];
  if (stored !== undefined) return [];
  // Asked as the two patterns the manifest still lists: the old <all_urls> grant covers them if the browser kept it.
  const broad = await permissions.contains({ origins: ['http://*/*', 'https://*/*'] }).catch(() => false);
  const urls = broad ? (await db.clips.where('highlightCount').above(0).toArray()).map((c) => c.url) : [];
  const sites = new Set(urls.map((u) => originPattern(u)).filter((p): p is string => !!p));
  return seedFromBroadGrant(siteStore(area), stored, broad, sites);
}
