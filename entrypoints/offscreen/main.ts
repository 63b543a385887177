// Wiring only: the background asks this offscreen document to read a PDF or Word file (utils/clipper/pdfjs-browser.ts).
import { browser } from 'wxt/browser';
import { isOffscreenPdfRequest, pdfProgress } from '../../utils/clipper/pdf-messages';
import { readFileHere } from '../../utils/clipper/pdfjs-browser';
import { progressThrottle } from '../../utils/clipper/pdf-progress';
import { readDocxHere } from '../../utils/clipper/docx-read';
import { isOffscreenDocxRequest } from '../../utils/clipper/docx-request';
import { sanitizeArticleElement } from '../../utils/sanitize';

browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // a Word 附件 of a notice (issue 18)
  if (sender.id === browser.runtime.id && isOffscreenDocxRequest(msg)) {
    void readDocxHere({ document, fetch: (u, init) => fetch(u, init), sanitize: (el) => sanitizeArticleElement(el) }, msg.url).then(
      sendResponse,
    );
    return true;
  }
  if (sender.id !== browser.runtime.id || !isOffscreenPdfRequest(msg)) return false;
  const report = progressThrottle((done, total) => {
    void browser.runtime.sendMessage(pdfProgress(msg.tabId, done, total)).catch(() => {});
  });
  void readFileHere(
    { document, fetch: (u, init) => fetch(u, init), assetUrl: (path) => browser.runtime.getURL(path as '/') },
    msg.url,
    report,
  ).then(sendResponse);
  return true;
});
