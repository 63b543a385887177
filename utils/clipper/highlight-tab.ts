/** Background use cases that drive the highlighter in a tab: show (anchor and paint), scroll to one, highlight the selection. */
import type { AnchoringReport, HighlighterAction } from '../messaging';
import { fail, ok, type Result } from '../result';
import { runInTab, type TabDeps } from './clip-tab';

export interface HighlighterTabDeps {
  getTabUrl: TabDeps['getTabUrl'];
  /** Inject the highlighter with a request; resolves to its Result reply, rejects when injection is refused. */
  injectHighlighter(tabId: number, action: HighlighterAction): Promise<unknown>;
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The highlighter's reply, which is itself a Result; anything else means the page went away or broke. */
async function drive(deps: HighlighterTabDeps, tabId: number, action: HighlighterAction): Promise<Result<unknown>> {
  const ran = await runInTab(deps.getTabUrl, tabId, () => deps.injectHighlighter(tabId, action));
  if (!ran.ok) return ran;
  const reply = ran.value as Result<unknown> | null | undefined;
  if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') return fail('injection-failed', 'The page did not answer; it may have navigated away.');
  return reply;
}

export async function showHighlights(deps: HighlighterTabDeps, tabId: number): Promise<Result<AnchoringReport>> {
  const r = await drive(deps, tabId, { action: 'show' });
  if (!r.ok) return r;
  const v = r.value as Partial<AnchoringReport> | null;
  if (!v || !isIds(v.placed) || !isIds(v.missing)) return fail('injection-failed', 'The page gave a malformed answer.');
  return ok({ placed: v.placed, missing: v.missing });
}

export async function scrollTabToHighlight(deps: HighlighterTabDeps, tabId: number, id: string): Promise<Result<{ found: boolean }>> {
  const r = await drive(deps, tabId, { action: 'scrollTo', id });
  if (!r.ok) return r;
  return ok({ found: (r.value as { found?: unknown } | null)?.found === true });
}

/** From the context menu or the shortcut: highlight whatever is selected in the tab, in yellow. */
export async function highlightSelectionInTab(deps: HighlighterTabDeps, tabId: number): Promise<Result<unknown>> {
  return drive(deps, tabId, { action: 'highlightSelection', color: 'yellow' });
}
