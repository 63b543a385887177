/** A DOM for Node (CLI, eval, bench, tests): the same pipeline as in the page, on jsdom. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractOptions, type ExtractOutcome } from '../../utils/extract';
import { sanitizeArticleElement } from '../../utils/sanitize';

const quiet = new VirtualConsole(); // page scripts never run, and CSS parse noise is not ours to report

export function parseHtml(html: string, url = 'about:blank'): JSDOM {
  return new JSDOM(html, { url: /^(https?|file):/.test(url) ? url : undefined, virtualConsole: quiet });
}

/** Parse and extract, sanitising with a window of its own like the injected script does. */
export function extractFromHtml(html: string, url: string, opts: Omit<ExtractOptions, 'sanitize'> = {}): ExtractOutcome {
  const dom = parseHtml(html, url);
  const win = dom.window as unknown as Window;
  try {
    return extractArticle(dom.window.document, url, { ...opts, sanitize: (el) => sanitizeArticleElement(el, win) });
  } finally {
    dom.window.close();
  }
}
