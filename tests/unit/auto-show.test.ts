import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_SCRIPT_ID, syncAutoShow, type RegisteredScript } from '../../utils/clipper/auto-show';
import { disableSites, enableSite, parseSites, pruneSites, type AutoShowSite, type SiteStore } from '../../utils/clipper/auto-show-sites';
import { clippedSites, migrateBroadGrant, pruneAutoShow } from '../../utils/clipper/auto-show-wiring';
import { ClausemarkDB, deleteClips, saveClip } from '../../utils/db';
import { makePage } from '../helpers/page';

const site = (pattern: string, asked = true, clipped = false): AutoShowSite => ({ pattern, asked, clipped });

function memoryStore(initial: AutoShowSite[] = []): SiteStore & { sites: AutoShowSite[] } {
  const s = {
    sites: initial,
    load: async () => s.sites.map((x) => ({ ...x })),
    save: async (next: AutoShowSite[]) => void (s.sites = next),
  };
  return s;
}

describe('syncAutoShow', () => {
  const fake = (sites: AutoShowSite[], granted: string[], registered: RegisteredScript[]) => {
    const calls: [string, string[]?][] = [];
    return {
      calls,
      deps: {
        sites: async () => sites,
        isGranted: async (p: string) => granted.includes(p),
        registered: async () => registered,
        register: async (m: string[]) => void calls.push(['register', m]),
        update: async (m: string[]) => void calls.push(['update', m]),
        unregister: async () => void calls.push(['unregister']),
      },
    };
  };
  const A = 'https://www.gov.cn/*';
  const B = 'http://127.0.0.1/*';

  it('registers for the sites in the setting that are granted, and only those', async () => {
    // B is granted (as in the test build) but not in the setting; C is in the setting but its grant was taken away.
    const f = fake([site(A), site('https://c.cn/*')], [A, B], []);
    expect(await syncAutoShow(f.deps)).toEqual([A]);
    expect(f.calls).toEqual([['register', [A]]]);
  });
  it('a grant alone turns nothing on', async () => {
    const f = fake([], [A, B], []);
    expect(await syncAutoShow(f.deps)).toEqual([]);
    expect(f.calls).toEqual([]);
  });
  it('unregisters when no site is left', async () => {
    const f = fake([site(A)], [], [{ id: AUTO_SCRIPT_ID, matches: [A] }]);
    expect(await syncAutoShow(f.deps)).toEqual([]);
    expect(f.calls).toEqual([['unregister']]);
  });
  it('updates the matches when the sites change, and leaves a registration that already matches', async () => {
    const changed = fake([site(A), site(B)], [A, B], [{ id: AUTO_SCRIPT_ID, matches: [A] }]);
    await syncAutoShow(changed.deps);
    expect(changed.calls).toEqual([['update', [B, A].sort()]]);
    const same = fake([site(B), site(A)], [A, B], [{ id: AUTO_SCRIPT_ID, matches: [A, B] }]);
    await syncAutoShow(same.deps);
    expect(same.calls).toEqual([]);
  });
  it('ignores other registered scripts', async () => {
    const f = fake([site(A)], [A], [{ id: 'someone-else', matches: ['<all_urls>'] }]);
    await syncAutoShow(f.deps);
    expect(f.calls).toEqual([['register', [A]]]);
  });
});

describe('turning a site on and off', () => {
  const A = 'https://www.gov.cn/*';
  const perms = (grant = true) => {
    const requested: string[] = [];
    const removed: string[][] = [];
    return {
      requested,
      removed,
      request: async (p: string) => (requested.push(p), grant),
      remove: async (ps: string[]) => (removed.push(ps), true),
    };
  };
  it('asks for exactly that origin, then saves it; a refusal saves nothing', async () => {
    const store = memoryStore();
    const p = perms();
    expect(await enableSite({ store, ...p }, A, false)).toBe(true);
    expect(p.requested).toEqual([A]);
    expect(store.sites).toEqual([site(A, true, false)]);
    const refused = memoryStore();
    expect(await enableSite({ store: refused, ...perms(false) }, A, false)).toBe(false);
    expect(refused.sites).toEqual([]);
  });
  it("gives back a grant it asked for, and keeps one that was already held (the side panel's)", async () => {
    const store = memoryStore([site(A, true), site('https://b.cn/*', false)]);
    const p = perms();
    await disableSites({ store, ...p }, [A, 'https://b.cn/*']);
    expect(store.sites).toEqual([]);
    expect(p.removed).toEqual([[A]]);
  });
  it('reads back only what it wrote', () => {
    expect(parseSites([{ pattern: A, asked: true }, null, { pattern: 3 }, 'x'])).toEqual([site(A, true, false)]);
    expect(parseSites(undefined)).toEqual([]);
  });
});

describe('pruneSites: the last clip of a site deleted', () => {
  const A = 'https://www.gov.cn/*';
  const B = 'https://b.cn/*';
  it('marks sites with clips; drops a marked site left without clips and gives back its grant', async () => {
    const store = memoryStore([site(A), site(B)]);
    const removed: string[][] = [];
    const remove = async (ps: string[]) => void removed.push(ps);
    // B turned on before its first clip: kept while it has none.
    expect(await pruneSites({ store, remove }, new Set([A]))).toEqual([]);
    expect(store.sites).toEqual([site(A, true, true), site(B, true, false)]);
    expect(await pruneSites({ store, remove }, new Set())).toEqual([A]);
    expect(store.sites).toEqual([site(B, true, false)]);
    expect(removed).toEqual([[A]]);
  });
});

describe('pruneAutoShow with the library', () => {
  const dbs: ClausemarkDB[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  it('turns a site off when its last clip is deleted, not before', async () => {
    const db = new ClausemarkDB(`auto-show-${Math.random()}`);
    dbs.push(db);
    const one = await saveClip(db, makePage({ url: 'https://www.gov.cn/1', canonicalUrl: 'https://www.gov.cn/1' }), 1);
    const two = await saveClip(db, makePage({ url: 'https://www.gov.cn:8443/2', canonicalUrl: 'https://www.gov.cn/2' }), 2);
    await saveClip(db, makePage({ url: 'http://other.cn/3', canonicalUrl: 'http://other.cn/3' }), 3);
    expect([...(await clippedSites(db))].sort()).toEqual(['http://other.cn/*', 'https://www.gov.cn/*']);
    const items: Record<string, unknown> = { autoShowSites: [site('https://www.gov.cn/*')] };
    const area = { get: async (k: string) => ({ [k]: items[k] }), set: async (o: Record<string, unknown>) => void Object.assign(items, o) };
    const removed: string[][] = [];
    const permissions = { remove: async (p: { origins: string[] }) => (removed.push(p.origins), true) };
    await pruneAutoShow(db, area, permissions);
    await deleteClips(db, [one.clip.id]);
    expect(await pruneAutoShow(db, area, permissions)).toEqual([]);
    expect(removed).toEqual([]);
    await deleteClips(db, [two.clip.id]);
    expect(await pruneAutoShow(db, area, permissions)).toEqual(['https://www.gov.cn/*']);
    expect(items.autoShowSites).toEqual([]);
    expect(removed).toEqual([['https://www.gov.cn/*']]);
  });
});

describe('migrateBroadGrant: updating from the all-sites version', () => {
  const dbs: ClausemarkDB[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  it('turns auto-show on for the sites with highlights while the old grant is held and nothing is stored yet', async () => {
    const db = new ClausemarkDB(`auto-show-m-${Math.random()}`);
    dbs.push(db);
    const a = await saveClip(db, makePage({ url: 'https://www.gov.cn/1', canonicalUrl: 'https://www.gov.cn/1' }), 1);
    const c = await saveClip(db, makePage({ url: 'http://c.cn/1', canonicalUrl: 'http://c.cn/1' }), 2);
    await saveClip(db, makePage({ url: 'https://b.cn/1', canonicalUrl: 'https://b.cn/1' }), 3); // no highlights
    await db.clips.update(a.clip.id, { highlightCount: 2 });
    await db.clips.update(c.clip.id, { highlightCount: 1 });
    const area = (init: Record<string, unknown>) => ({
      items: init,
      get: async (k: string) => ({ [k]: init[k] }),
      set: async (o: Record<string, unknown>) => void Object.assign(init, o),
    });
    const held = { contains: async () => true };
    const fresh = area({});
    expect(await migrateBroadGrant(db, fresh, held)).toEqual(['http://c.cn/*', 'https://www.gov.cn/*']);
    expect(fresh.items.autoShowSites).toEqual([site('http://c.cn/*', false, true), site('https://www.gov.cn/*', false, true)]);
    // Without the old grant, or once the setting exists, nothing is touched.
    const none = area({});
    expect(await migrateBroadGrant(db, none, { contains: async () => false })).toEqual([]);
    expect(none.items).toEqual({});
    const written = area({ autoShowSites: [] });
    expect(await migrateBroadGrant(db, written, held)).toEqual([]);
    expect(written.items.autoShowSites).toEqual([]);
  });
});
