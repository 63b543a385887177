// Wiring only: the background asks this offscreen document to read a PDF or Word file (utils/clipper/pdfjs-browser.ts).
import { browser } from 'wxt/browser';
import { isOffscreenPdfRequest, pdfProgress } from '../../utils/clipper/pdf-messages';
import { readFileHere } from '../../utils/clipper/pdfjs-browser';
import { progressThrottle } from '../../utils/clipper/pdf-progress';

browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
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
