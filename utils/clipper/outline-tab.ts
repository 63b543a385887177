/** Background use cases for the popup's outline: preview a tab's outline, and scroll the tab to a heading. */
import type { HeadingRequest, OutlinePreview } from '../messaging';
import { ok, type Result } from '../result';
import { readTab, runInTab, type TabDeps } from './clip-tab';
import { readFound } from './reply';

export interface LocateDeps {
  getTabUrl: TabDeps['getTabUrl'];
  /** Run the locate script in the tab; rejects with the browser's error when injection is refused. */
  locate(tabId: number, request: HeadingRequest): Promise<unknown>;
}

/** The outline the tab would get if clipped now; nothing is stored. */
export async function previewOutline(deps: TabDeps, tabId: number): Promise<Result<OutlinePreview>> {
  const read = await readTab(deps, tabId, 'article');
  if (!read.ok) return read;
  return ok({ outline: Array.isArray(read.value.outline) ? read.value.outline : [], title: read.value.title });
}

export async function scrollTabToHeading(deps: LocateDeps, tabId: number, request: HeadingRequest): Promise<Result<{ found: boolean }>> {
  const ran = await runInTab(deps.getTabUrl, tabId, () => deps.locate(tabId, request));
  return ran.ok ? readFound(ran.value) : ran;
}
