/**
 * Keeps the highlighter's runtime content-script registration in step with the per-site setting
 * (auto-show-sites.ts): it runs on the sites the user turned auto-show on for *and* the browser grants. A grant
 * alone (the test build's 127.0.0.1 access, the side panel's "Allow on this site") turns nothing on; a site in the
 * setting whose grant was taken away in the browser's settings is left out until it is granted again.
 */
import type { AutoShowSite } from './auto-show-sites';

export const AUTO_SCRIPT_ID = 'clausemark-highlighter';

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface AutoShowDeps {
  sites(): Promise<AutoShowSite[]>;
  /** permissions.contains for one origin */
  isGranted(pattern: string): Promise<boolean>;
  registered(): Promise<RegisteredScript[]>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/** The patterns the highlighter should run on: in the setting and granted, sorted. */
export async function autoShowMatches(deps: Pick<AutoShowDeps, 'sites' | 'isGranted'>): Promise<string[]> {
  const patterns = [...new Set((await deps.sites()).map((s) => s.pattern))];
  const granted = await Promise.all(patterns.map((p) => deps.isGranted(p).catch(() => false)));
  return patterns.filter((_, i) => granted[i]).sort();
}

/** Register, update or unregister the highlighter to match; resolves to the patterns it now runs on. */
export async function syncAutoShow(deps: AutoShowDeps): Promise<string[]> {
  const matches = await autoShowMatches(deps);
  const current = (await deps.registered()).find((s) => s.id === AUTO_SCRIPT_ID);
  if (!matches.length) {
    if (current) await deps.unregister();
  } else if (!current) {
    await deps.register(matches);
  } else if ([...(current.matches ?? [])].sort().join('\n') !== matches.join('\n')) {
    await deps.update(matches);
  }
  return matches;
}
