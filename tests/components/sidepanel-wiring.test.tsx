import { describe, expect, it, vi } from 'vitest';
import { originPattern, probeAccess } from '../../utils/sidepanel/access';
import { openSidePanel } from '../../utils/sidepanel/open';
import { followWindow, type TabsApi } from '../../utils/sidepanel/tab-source';

type Tab = { id: number; url?: string; title?: string; status?: string; windowId: number; active?: boolean };

/** Tabs in two windows with the listener sets the browser would call. */
function fakeTabs(tabs: Tab[]) {
  const ev = <A extends unknown[]>() => {
    const fns = new Set<(...a: A) => void>();
    return { fns, addListener: (f: (...a: A) => void) => void fns.add(f), removeListener: (f: (...a: A) => void) => void fns.delete(f) };
  };
  const onActivated = ev<[{ tabId: number; windowId: number }]>();
  const onUpdated = ev<[number, { url?: string; status?: string }, Tab]>();
  const onFocusChanged = ev<[number]>();
  const api: TabsApi = {
    tabs: {
      get: async (id) => tabs.find((t) => t.id === id) ?? Promise.reject(new Error('No tab')),
      query: async (q) => tabs.filter((t) => t.active && t.windowId === q.windowId),
      onActivated,
      onUpdated,
    },
    windows: { onFocusChanged },
  };
  const activate = (id: number) => {
    const tab = tabs.find((t) => t.id === id)!;
    for (const t of tabs) if (t.windowId === tab.windowId) t.active = t.id === id;
    for (const f of onActivated.fns) f({ tabId: id, windowId: tab.windowId });
  };
  return { api, tabs, activate, onActivated, onUpdated, onFocusChanged };
}

describe('followWindow', () => {
  it('follows the active tab of its own window only, and reports navigations and focus there', async () => {
    const f = fakeTabs([
      { id: 1, url: 'https://a.cn/', windowId: 10, active: true, status: 'complete' },
      { id: 2, url: 'https://b.cn/', windowId: 10 },
      { id: 3, url: 'https://c.cn/', windowId: 20, active: true },
    ]);
    const source = followWindow(f.api, 10);
    expect(await source.current()).toEqual({ id: 1, url: 'https://a.cn/', title: undefined, status: 'complete', loads: 0 });
    const changed = vi.fn();
    const stop = source.subscribe(changed);
    f.activate(2);
    expect((await source.current())?.id).toBe(2);
    f.activate(3); // another window
    for (const fn of f.onUpdated.fns) fn(3, { status: 'complete' }, f.tabs[2]!);
    for (const fn of f.onFocusChanged.fns) fn(20);
    expect(changed).toHaveBeenCalledTimes(1);
    for (const fn of f.onUpdated.fns) fn(2, { url: 'https://b.cn/2' }, f.tabs[1]!);
    for (const fn of f.onFocusChanged.fns) fn(10);
    expect(changed).toHaveBeenCalledTimes(3);
    stop();
    expect(f.onActivated.fns.size + f.onUpdated.fns.size + f.onFocusChanged.fns.size).toBe(0);
  });

  it('counts the loads of each tab, so a reload over before the panel asks still shows as a change', async () => {
    const f = fakeTabs([{ id: 1, url: 'https://a.cn/', windowId: 10, active: true, status: 'complete' }]);
    const source = followWindow(f.api, 10);
    const changed = vi.fn();
    source.subscribe(changed);
    const before = await source.current();
    for (const fn of f.onUpdated.fns) fn(1, { status: 'loading' }, f.tabs[0]!);
    for (const fn of f.onUpdated.fns) fn(1, { status: 'complete' }, f.tabs[0]!);
    const after = await source.current(); // the tab reads 'complete' both times
    expect(changed).toHaveBeenCalledTimes(2);
    expect(after).toEqual({ ...before, loads: 1 });
  });

  it('opened as a page in the window it follows, it ignores its own tab and stays on the last page', async () => {
    const f = fakeTabs([
      { id: 1, url: 'https://a.cn/', windowId: 10 },
      { id: 2, url: 'https://b.cn/', windowId: 10 },
      { id: 9, url: 'chrome-extension://x/sidepanel.html?tab=1', windowId: 10, active: true },
    ]);
    const source = followWindow(f.api, 10, 9, 1);
    expect((await source.current())?.id).toBe(1);
    f.activate(2);
    expect((await source.current())?.id).toBe(2);
    f.activate(9);
    expect((await source.current())?.id).toBe(2);
  });

  it('gives the pending address of a tab still loading, and null for a window without tabs', async () => {
    const f = fakeTabs([{ id: 1, windowId: 10, active: true, status: 'loading', ...{ pendingUrl: 'https://p.cn/' } }]);
    expect((await followWindow(f.api, 10).current())?.url).toBe('https://p.cn/');
    expect(await followWindow(f.api, 99).current()).toBeNull();
  });
});

describe('access', () => {
  it('tells a permission refusal from other failures', async () => {
    expect(await probeAccess(async () => [{ result: true }])).toBe('ok');
    const refuse = (m: string) => probeAccess(() => Promise.reject(new Error(m)));
    expect(
      await refuse('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    ).toBe('denied');
    expect(await refuse('Missing host permission for the tab')).toBe('denied');
    expect(await refuse('Frame with ID 0 is showing error page')).toBe('failed');
  });

  it('asks for one site on any port and path, and for nothing else', () => {
    expect(originPattern('https://www.gov.cn:8443/zhengce/a.htm?x=1#y')).toBe('https://www.gov.cn/*');
    expect(originPattern('http://127.0.0.1:5000/x')).toBe('http://127.0.0.1/*');
    expect(originPattern('file:///home/a.html')).toBeNull();
    expect(originPattern(undefined)).toBeNull();
  });
});

describe('openSidePanel', () => {
  it('opens Chrome’s side panel for the window, or Firefox’s sidebar, synchronously inside the gesture', async () => {
    const open = vi.fn(async () => {});
    const p = openSidePanel({ sidePanel: { open } }, 42);
    expect(open).toHaveBeenCalledWith({ windowId: 42 }); // called before any await
    await p;
    const ff = vi.fn(async () => {});
    await openSidePanel({ sidebarAction: { open: ff } }, 42);
    expect(ff).toHaveBeenCalledOnce();
    await expect(openSidePanel({}, 1)).rejects.toThrow(/no side panel/);
  });
});
