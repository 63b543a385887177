/** Toolbar badge feedback for clips made without the popup open (shortcut, context menu). */
import type { Result } from '../result';
import type { ClipSummary } from '../messaging';

export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId?: number; title: string }): Promise<void> | void;
}

export function badgeFor(result: Result<ClipSummary>): { text: string; color: string; title: string } {
  if (result.ok)
    return { text: '✓', color: '#2e7d32', title: `Clausemark: ${result.value.created ? 'clipped' : 'updated'} "${result.value.title}"` };
  if (result.error.code === 'no-article' || result.error.code === 'too-large')
    return { text: '?', color: '#b26a00', title: `Clausemark: ${result.error.message} Open the popup to clip the whole text.` };
  return { text: '!', color: '#c62828', title: `Clausemark: ${result.error.message}` };
}

export async function showBadge(action: BadgeApi, tabId: number, result: Result<ClipSummary>): Promise<void> {
  const b = badgeFor(result);
  await action.setBadgeText({ tabId, text: b.text });
  await action.setBadgeBackgroundColor({ tabId, color: b.color });
  await action.setTitle({ tabId, title: b.title });
}
