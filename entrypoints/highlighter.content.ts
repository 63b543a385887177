// Injected on demand (popup, shortcut, menu) or by the content script registered at runtime when the user turns on
// "Show my highlights automatically"; never listed in the manifest.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readHighlighterRequest } from '../utils/clipper/request';
import { Highlighter } from '../utils/highlighter/controller';
import { detectLocale, setLocale } from '../utils/i18n';
import { sendMessage } from '../utils/messaging';
import { fail, type Result } from '../utils/result';

// Each injection re-runs this file; the first instance lives on in the isolated world's global and serves them all.
const scope = globalThis as unknown as Record<string, unknown> & { __clausemarkHighlighter?: Highlighter };

export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<Result<unknown>> {
    const req = readHighlighterRequest(scope);
    // The toolbar speaks the browser's language; null leaves the web page's own lang attribute alone.
    setLocale(detectLocale(browser.i18n.getUILanguage()), null);
    try {
      const hl = (scope.__clausemarkHighlighter ??= new Highlighter({
        doc: document,
        send: (type, data) => sendMessage(browser.runtime, type, data),
        auto: req === null,
      }));
      if (req) hl.userAsked();
      return await hl.handle(req ?? { action: 'show' });
    } catch (e) {
      return fail('internal', `The highlighter failed: ${(e as Error)?.message ?? String(e)}`);
    }
  },
});
