// Injected on demand (popup, shortcut, menu) or by the content script registered at runtime when the user turns on
// "Show my highlights automatically"; never listed in the manifest. An unlisted script, not a WXT content script: WXT's
// content-script context announces every start to the page (a window message and a document event named after the
// extension's id), which would tell any site that Clausemark is installed.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readHighlighterRequest } from '../utils/clipper/request';
import { highlighterOf, keepHighlighter } from '../utils/highlighter/instance';
import { Highlighter } from '../utils/highlighter/controller';
import { setLocale } from '../utils/i18n';
import { startLocale } from '../utils/i18n/preference';
import { sendMessage } from '../utils/messaging';
import { fail, problem, type Result } from '../utils/result';

export default defineUnlistedScript({
  async main(): Promise<Result<unknown>> {
    const scope = globalThis as unknown as Record<string, unknown>;
    const req = readHighlighterRequest(scope);
    // The toolbar speaks the UI language setting (else the browser's); null leaves the web page's own lang attribute alone.
    setLocale(await startLocale(browser.storage.local, browser.i18n.getUILanguage()), null);
    try {
      // Each injection re-runs this file; the first instance lives on in the isolated world's global and serves them all.
      const hl =
        highlighterOf(globalThis) ??
        keepHighlighter(
          globalThis,
          new Highlighter({
            doc: document,
            send: (type, data) => sendMessage(browser.runtime, type, data),
            auto: req === null,
            noteUrl: browser.runtime.getURL('/note.html'),
            extensionId: browser.runtime.id,
          }),
        );
      if (req) hl.userAsked();
      return await hl.handle(req ?? { action: 'show' });
    } catch (e) {
      return fail('internal', problem('page.error.highlighterFailed', { detail: (e as Error)?.message ?? String(e) }));
    }
  },
});
