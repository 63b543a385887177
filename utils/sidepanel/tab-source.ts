/**
 * Which tab the side panel shows: the active tab of its window, re-read whenever that may have changed (a tab
 * switch, a navigation, the window getting focus). The browser calls are handed in, so this runs under test too.
 */

/** The followed tab; url and title are undefined while the browser hides them from the extension. */
export interface PanelTab {
  id: number;
  url: string | undefined;
  title: string | undefined;
  /** 'loading' while a navigation is under way */
  status: string | undefined;
  /**
   * Navigations (reloads included) seen in this tab since the panel started following. A reload can be over by the
   * time the panel asks about the tab, so the answer may never say 'loading': this count is what changes then.
   */
  loads: number;
}

export interface TabSource {
  current(): Promise<PanelTab | null>;
  /** call back when the followed tab may have changed; returns the unsubscribe */
  subscribe(onChange: () => void): () => void;
}

interface TabLike {
  id?: number;
  url?: string;
  pendingUrl?: string;
  title?: string;
  status?: string;
  windowId?: number;
}
interface EventLike<A extends unknown[]> {
  addListener(fn: (...args: A) => void): void;
  removeListener(fn: (...args: A) => void): void;
}

/** The slice of tabs/windows APIs used here (WebExtension and chrome.* shapes). */
export interface TabsApi {
  tabs: {
    get(id: number): Promise<TabLike>;
    query(q: { active: true; windowId: number }): Promise<TabLike[]>;
    onActivated: EventLike<[{ tabId: number; windowId: number }]>;
    onUpdated: EventLike<[number, { url?: string; status?: string; title?: string }, TabLike]>;
  };
  windows: { onFocusChanged: EventLike<[number]> };
}

const toPanelTab = (t: TabLike | undefined, loads: Map<number, number>): PanelTab | null =>
  t?.id === undefined ? null : { id: t.id, url: t.url ?? t.pendingUrl, title: t.title, status: t.status, loads: loads.get(t.id) ?? 0 };

/**
 * Follow the active tab of `windowId`. `ownTabId` is the tab the panel itself is open in when it runs as a page
 * (tests, `?tab=`): activating it keeps the panel on the tab it showed before, `startTabId` at first.
 */
export function followWindow(api: TabsApi, windowId: number, ownTabId?: number, startTabId?: number): TabSource {
  let last = startTabId;
  const loads = new Map<number, number>();
  return {
    async current() {
      const [active] = await api.tabs.query({ active: true, windowId }).catch(() => []);
      if (active?.id !== undefined && active.id !== ownTabId) {
        last = active.id;
        return toPanelTab(active, loads);
      }
      return last === undefined ? null : toPanelTab(await api.tabs.get(last).catch(() => undefined), loads);
    },
    subscribe(onChange) {
      const activated = (info: { windowId: number }) => info.windowId === windowId && onChange();
      const updated = (id: number, change: { url?: string; status?: string; title?: string }, tab: TabLike) => {
        if (tab.windowId !== windowId) return;
        if (change.status === 'loading') loads.set(id, (loads.get(id) ?? 0) + 1);
        if (change.url !== undefined || change.status !== undefined || change.title !== undefined) onChange();
      };
      const focused = (id: number) => id === windowId && onChange();
      api.tabs.onActivated.addListener(activated);
      api.tabs.onUpdated.addListener(updated);
      api.windows.onFocusChanged.addListener(focused);
      return () => {
        api.tabs.onActivated.removeListener(activated);
        api.tabs.onUpdated.removeListener(updated);
        api.windows.onFocusChanged.removeListener(focused);
      };
    },
  };
}
