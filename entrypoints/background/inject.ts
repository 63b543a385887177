import { browser, type PublicPath } from 'wxt/browser';
import { askCachedPreview } from '../../utils/clipper/preview-cache';
import { REQUEST_KEYS, type RequestKey } from '../../utils/clipper/request';
import type { HeadingRequest, HighlighterAction } from '../../utils/messaging';
import type { ClipMode } from '../../utils/types';

/** Run an unlisted script in the tab's top frame with a request; resolves to what main() returned. */
async function injectWithRequest(
  tabId: number,
  file: Extract<PublicPath, '/extract.js' | '/locate.js' | '/highlighter.js'>,
  key: RequestKey,
  request: unknown,
): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (k: string, r: unknown) => {
      (globalThis as unknown as Record<string, unknown>)[k] = r;
    },
    args: [key, request],
  });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return first?.result;
}

export const injectExtractor = (tabId: number, mode: ClipMode): Promise<unknown> =>
  injectWithRequest(tabId, '/extract.js', REQUEST_KEYS.extract, mode);

/** The tab's remembered outline preview if its page is unchanged, else null: a small function, not the 108 kB script. */
export async function askCachedOutline(tabId: number): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: askCachedPreview });
  return first?.result ?? null;
}

/** The outline script (the popup's preview of a page not clipped): it takes no request, so one round trip, not two. */
export async function injectOutlineReader(tabId: number): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/outline.js'] });
  return first?.result;
}

export const injectLocator = (tabId: number, request: HeadingRequest): Promise<unknown> =>
  injectWithRequest(tabId, '/locate.js', REQUEST_KEYS.locate, request);

export const injectHighlighter = (tabId: number, action: HighlighterAction): Promise<unknown> =>
  injectWithRequest(tabId, '/highlighter.js', REQUEST_KEYS.highlight, action);
