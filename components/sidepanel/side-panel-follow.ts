/** The side panel's hook onto its TabSource: the followed tab, re-read on every change the source reports. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PanelTab, TabSource } from '../../utils/sidepanel/tab-source';

export interface Followed {
  /** undefined until first read; null when the window has no tab */
  tab: PanelTab | null | undefined;
  /** counts change notifications, so a page that was refused can ask again (access may have been granted) */
  tick: number;
  refresh: () => void;
}

const same = (a: PanelTab | null | undefined, b: PanelTab | null) =>
  a === b || (!!a && !!b && a.id === b.id && a.url === b.url && a.title === b.title && a.status === b.status && a.loads === b.loads);

export function useFollowedTab(source: TabSource): Followed {
  const [tab, setTab] = useState<PanelTab | null | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);

  const refresh = useCallback(() => {
    // Answers can overtake each other during quick tab switches: only the newest request counts.
    const mine = ++seq.current;
    setTick((n) => n + 1);
    void source.current().then(
      (next) => mine === seq.current && setTab((prev) => (same(prev, next) ? prev : next)),
      () => mine === seq.current && setTab(null),
    );
  }, [source]);

  useEffect(() => {
    refresh();
    const unsubscribe = source.subscribe(refresh);
    // Coming back to the panel (e.g. after using the toolbar button on the tab) may have changed what it can see.
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      unsubscribe();
      window.removeEventListener('focus', onFocus);
    };
  }, [source, refresh]);

  return { tab, tick, refresh };
}
