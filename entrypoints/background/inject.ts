import { browser } from 'wxt/browser';
import { MODE_KEY } from '../../utils/clipper/request';
import type { ExtractMode } from '../../utils/types';

/** Run the extraction script in the tab's top frame and return what its main() returned. */
export async function injectExtractor(tabId: number, mode: ExtractMode): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, m: string) => {
      (globalThis as unknown as Record<string, string>)[key] = m;
    },
    args: [MODE_KEY, mode],
  });
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extract.js'] });
  return first?.result;
}
