/** What valibot cannot say about a backup: ids must be unique and references must point at something. */
import { isOpenableUrl, urlScheme } from '../../safe-url';
import { sameSite } from '../../url';
import { BackupError } from './error';
import type { FullBundle } from '../types';

function unique<T>(
  rows: readonly T[],
  table: string,
  field: string,
  key: (r: T) => string,
  what = (r: T) => `${field} ${JSON.stringify(key(r))}`,
): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined)
      throw new BackupError('duplicate-id', `duplicate ${what(r)} (also at ${table}[${first}])`, `${table}[${i}].${field}`);
    seen.set(k, i);
  });
}

function exists<T>(
  rows: readonly T[],
  ids: ReadonlySet<string>,
  table: string,
  field: string,
  target: string,
  key: (r: T) => string,
): void {
  rows.forEach((r, i) => {
    const k = key(r);
    if (!ids.has(k))
      throw new BackupError(
        'dangling-reference',
        `refers to ${target} ${JSON.stringify(k)}, which is not in the backup`,
        `${table}[${i}].${field}`,
      );
  });
}

/** Settings hold small values; IndexedDB's structured clone recurses per level and overflows the stack on deep ones. */
export const MAX_SETTING_DEPTH = 32;

function depthOf(value: unknown, stopAt: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [x, d] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    if (d + 1 > max && (max = d + 1) > stopAt) return max;
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * A backup's addresses end up in tabs.create and hrefs: only web and local-file URLs get in (a highlight's may be
 * empty: it then stands for its clip's). One bad address refuses the whole file, naming the field.
 */
function checkUrl(url: string, path: string, optional = false): void {
  if ((optional && url === '') || isOpenableUrl(url)) return;
  const scheme = urlScheme(url);
  const got = scheme ? `not ${scheme} addresses` : 'not a relative or malformed address';
  const why: BackupError['why'] = scheme
    ? { key: 'options.backup.unsafeUrl', params: { path, scheme } }
    : { key: 'options.backup.badUrl', params: { path } };
  throw new BackupError('unsafe-url', `only http, https and file addresses can be imported, ${got}`, path, why);
}

/** Throws on the first duplicate (in the database's unique keys) or dangling reference. */
export function checkIntegrity(b: FullBundle): void {
  unique(b.clips, 'clips', 'id', (c) => c.id);
  // canonicalUrl and collection names are unique indexes in the database: a restore could not hold both rows
  unique(b.clips, 'clips', 'canonicalUrl', (c) => c.canonicalUrl);
  unique(b.bodies, 'bodies', 'clipId', (x) => x.clipId);
  unique(b.highlights, 'highlights', 'id', (h) => h.id);
  unique(b.collections, 'collections', 'id', (c) => c.id);
  unique(b.collections, 'collections', 'name', (c) => c.name);
  const pair = (m: FullBundle['memberships'][number]) =>
    `membership of clip ${JSON.stringify(m.clipId)} in collection ${JSON.stringify(m.collectionId)}`;
  unique(b.memberships, 'memberships', 'clipId', (m) => `${m.collectionId}\u0000${m.clipId}`, pair);
  unique(b.settings, 'settings', 'key', (s) => s.key);
  const clips = new Set(b.clips.map((c) => c.id));
  const collections = new Set(b.collections.map((c) => c.id));
  exists(b.bodies, clips, 'bodies', 'clipId', 'clip', (x) => x.clipId);
  exists(b.highlights, clips, 'highlights', 'clipId', 'clip', (h) => h.clipId);
  exists(b.memberships, clips, 'memberships', 'clipId', 'clip', (m) => m.clipId);
  exists(b.memberships, collections, 'memberships', 'collectionId', 'collection', (m) => m.collectionId);
  b.clips.forEach((c, i) => {
    checkUrl(c.url, `clips[${i}].url`);
    checkUrl(c.canonicalUrl, `clips[${i}].canonicalUrl`);
    // Clips are matched by canonical URL: one on another site would let a backup's clip stand for that site's page.
    if (!sameSite(c.url, c.canonicalUrl))
      throw new BackupError('unsafe-url', 'the canonical address is not on the same site as the page', `clips[${i}].canonicalUrl`, {
        key: 'options.backup.crossSite',
        params: { path: `clips[${i}].canonicalUrl` },
      });
  });
  b.highlights.forEach((h, i) => {
    checkUrl(h.url, `highlights[${i}].url`, true);
    if (h.selectors.end < h.selectors.start)
      throw new BackupError(
        'invalid',
        `ends (${h.selectors.end}) before it starts (${h.selectors.start})`,
        `highlights[${i}].selectors.end`,
      );
  });
  b.settings.forEach((s, i) => {
    if (depthOf(s.value, MAX_SETTING_DEPTH) > MAX_SETTING_DEPTH)
      throw new BackupError('invalid', `nested too deeply (more than ${MAX_SETTING_DEPTH} levels)`, `settings[${i}].value`);
  });
}
