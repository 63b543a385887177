/** Shared set-up of the side panel component tests (sidepanel*.test.tsx): a fake window, its tabs, a panel. */
import { cleanup, render } from '@testing-library/preact';
import { vi } from 'vitest';
import { SidePanelApp, type SidePanelAppProps } from '../../components/sidepanel/SidePanelApp';
import { setLocale } from '../../utils/i18n';
import type { ClipSummary } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import type { PanelTab, TabSource } from '../../utils/sidepanel/tab-source';
import type { OutlineEntry } from '../../utils/model';
import { deleteDbs, trackedDb } from './db';

export const freshDb = () => trackedDb('sidepanel');
/** For `afterEach`: unmount, back to English, drop the test's databases. */
export async function cleanupPanel(): Promise<void> {
  cleanup();
  setLocale('en');
  await deleteDbs();
}

/** A window whose active tab the test switches, notifying the panel as the browser's tab events would. */
export function fakeWindow(first: PanelTab | null) {
  let tab = first;
  const listeners = new Set<() => void>();
  const source: TabSource = {
    current: async () => tab,
    subscribe: (fn) => (listeners.add(fn), () => listeners.delete(fn)),
  };
  return {
    source,
    listeners,
    switchTo(next: PanelTab | null) {
      tab = next;
      for (const fn of listeners) fn();
    },
  };
}
export const page = (id: number, url: string | undefined, title = '', loads = 0): PanelTab => ({
  id,
  url,
  title,
  status: 'complete',
  loads,
});
export const o = (level: number, label: string, title: string): OutlineEntry => ({ level, label, title, preview: '', anchor: '' });
export const outline = [o(1, '一、', '总体要求'), o(2, '（一）', '工作目标'), o(1, '二、', '重点任务')];
export const okClip = vi.fn(async (): Promise<Result<ClipSummary>> => ({
  ok: true,
  value: { clipId: 'x', title: '新剪藏', created: true, mode: 'article', postsLeftOut: 0 },
}));
export const found = async (): Promise<Result<{ found: boolean }>> => ({ ok: true, value: { found: true } });
export const clipButton = (c: Element) => c.querySelector<HTMLButtonElement>('#clip-button');

export function renderPanel(over: Partial<SidePanelAppProps> & Pick<SidePanelAppProps, 'db' | 'tabs'>) {
  return render(<SidePanelApp clip={okClip} {...over} />);
}
