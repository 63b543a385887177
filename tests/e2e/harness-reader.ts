/** Stored reader clips for reader-privacy.e2e.ts: filler paragraphs, writing a clip into IndexedDB, the expected CSP. */
import type { Page } from 'playwright-core';

export const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>第${i + 1}段。城市更新要坚持以人民为中心，推动城市高质量发展，完善公共服务设施，提升居住品质。</p>`,
  ).join('');

export const OUTLINE = [
  { level: 1, label: '一、', title: '总则', preview: '', anchor: 'cm-h-1' },
  { level: 1, label: '二、', title: '附则', preview: '', anchor: 'cm-h-2' },
];

export function store(page: Page, html: string): Promise<void> {
  return page.evaluate(
    ([html, outline]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('clausemark');
        req.onsuccess = () => {
          const tx = req.result.transaction(['clips', 'clipBodies'], 'readwrite');
          const now = Date.now();
          const policy = {
            issuer: '',
            docNumber: '',
            indexNumber: '',
            subject: '',
            writtenDate: '',
            publishDate: '',
            source: '',
            author: '',
          };
          tx.objectStore('clips').put({
            id: 'privacy',
            url: 'https://news.example/a',
            canonicalUrl: 'https://news.example/a',
            title: '隐私测试',
            siteName: 'news',
            byline: '',
            lang: 'zh-CN',
            publishedTime: '',
            excerpt: '',
            policy,
            charCount: 4,
            contentHash: 'x',
            mode: 'article',
            savedAt: now,
            updatedAt: now,
            highlightCount: 0,
          });
          tx.objectStore('clipBodies').put({ clipId: 'privacy', html, text: '', outline });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    [html, OUTLINE] as const,
  );
}

export const CSP_PARTS = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
  "media-src 'none'",
  // connections reach the web only for the offscreen document reading a PDF; the pages below take them back
  "connect-src 'self' http: https:",
  "img-src 'self' data: blob: https: http:",
];

/** Pages that show stored articles or the library: each narrows connections back to the extension (wxt.config.ts). */
export const CONNECT_SELF_PAGES = ['popup.html', 'options.html', 'reader.html', 'sidepanel.html', 'note.html'];
export const CONNECT_SELF_META = `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'">`;
