// Code passed to sw.evaluate() runs in the extension's service worker, where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;
// Code passed to a Firefox extension page's evaluate() (harness-firefox.ts), where `browser` is the extension API.
declare const browser: typeof import('wxt/browser').browser;
