/**
 * The keys the background keeps per tab in browser.storage.session, each typed with the value stored under it, so
 * writer (background) and readers (popup, side panel) cannot drift apart on a string literal or a shape.
 */
import type { Result } from '../result';
import type { AnchoringReport, ClipSummary } from './protocol';

/** A session-storage key; the phantom `V` is the type of the value stored under it. */
export type SessionKey<V> = string & { readonly __value?: V };

/** A shortcut/menu clip's outcome, for the popup opened afterwards. */
export interface StoredOutcome {
  result: Result<ClipSummary>;
  at: number;
}

/** The highlighter's latest anchoring report for the tab's page. */
export interface StoredAnchoring extends AnchoringReport {
  url: string;
  at: number;
}

export const outcomeKey = (tabId: number) => `outcome:${tabId}` as SessionKey<StoredOutcome>;
export const anchoringKey = (tabId: number) => `anchoring:${tabId}` as SessionKey<StoredAnchoring>;

/** The slice of browser.storage.session used here (a fake in tests). */
export interface SessionAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function writeSession<V>(area: SessionAreaLike, key: SessionKey<V>, value: V): Promise<void> {
  return area.set({ [key]: value });
}

/** The stored value, or undefined when there is none (or the storage refused). */
export async function readSession<V>(area: SessionAreaLike, key: SessionKey<V>): Promise<V | undefined> {
  const all = await area.get(key).catch(() => ({}) as Record<string, unknown>);
  return all[key] as V | undefined;
}
