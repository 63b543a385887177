/** Background use cases that drive the highlighter in a tab: show (anchor and paint), scroll to one, highlight the selection. */
import type { AnchoringReport, HighlighterAction } from '../messaging';
import { ok, type Result } from '../result';
import { runInTab, type TabDeps } from './clip-tab';
import { anyValue, isFound, readReply } from './reply';

export interface HighlighterTabDeps {
  getTabUrl: TabDeps['getTabUrl'];
  /** Inject the highlighter with a request; resolves to its Result reply, rejects when injection is refused. */
  injectHighlighter(tabId: number, action: HighlighterAction): Promise<unknown>;
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isReport = (v: unknown): v is AnchoringReport =>
  !!v && typeof v === 'object' && isIds((v as AnchoringReport).placed) && isIds((v as AnchoringReport).missing);

/** Inject the highlighter with one action and read its Result reply, checked by `check`. */
async function drive<T>(
  deps: HighlighterTabDeps,
  tabId: number,
  action: HighlighterAction,
  check: (v: unknown) => v is T,
): Promise<Result<T>> {
  const ran = await runInTab(deps.getTabUrl, tabId, () => deps.injectHighlighter(tabId, action));
  return ran.ok ? readReply(ran.value, check) : ran;
}

export async function showHighlights(deps: HighlighterTabDeps, tabId: number): Promise<Result<AnchoringReport>> {
  const r = await drive(deps, tabId, { action: 'show' }, isReport);
  // only the report's own fields travel on
  return r.ok ? ok({ placed: r.value.placed, missing: r.value.missing }) : r;
}

export async function scrollTabToHighlight(deps: HighlighterTabDeps, tabId: number, id: string): Promise<Result<{ found: boolean }>> {
  const r = await drive(deps, tabId, { action: 'scrollTo', id }, isFound);
  return r.ok ? ok({ found: r.value.found }) : r;
}

/** From the context menu or the shortcut: highlight whatever is selected in the tab, in yellow. */
export async function highlightSelectionInTab(deps: HighlighterTabDeps, tabId: number): Promise<Result<unknown>> {
  return drive(deps, tabId, { action: 'highlightSelection', color: 'yellow' }, anyValue);
}
