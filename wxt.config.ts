import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { shortcut } from './utils/shortcuts';

// `--mode e2e` builds a test-only copy (own outDir) that may inject into 127.0.0.1 pages without
// a user gesture, because Playwright cannot press the toolbar button. Production has no host permissions.
// Code shared by the extension pages goes in ONE chunk: the popup then loads two scripts, not eight, and opens
// sooner. The export writers and their libraries stay in their own chunks, loaded when an export runs.
/** Any single http(s) site may be asked for; file: pages and <all_urls> are not. */
const SITES = ['http://*/*', 'https://*/*'];
const LAZY = /node_modules[\\/](docx|fflate|valibot)[\\/]|utils[\\/]export[\\/]|components[\\/]library[\\/]library-export/;

/**
 * popup.html carries its stylesheets inline: linked, they were two more fetches that hold back its script (measured
 * ~7 ms of a ~140 ms first render). The files stay for the other pages.
 */
function inlinePopupCss(): Plugin {
  return {
    name: 'clausemark:inline-popup-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['entrypoints/popup/index.html'];
      if (page?.type !== 'asset') return;
      page.source = String(page.source).replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
        const css = bundle[file];
        return css?.type === 'asset' ? `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>` : link;
      });
    },
  };
}

/**
 * One CSP for every extension page (popup, options, reader, side panel). Stored articles are shown in them, so
 * nothing there may reach the network on its own: no media, no connections, no frames from elsewhere, no forms,
 * no <base>. Images may be remote only because the reader loads a clip's images when the user asks (it never puts
 * a remote src in the page before that click, see utils/reader/remote-images.ts); storing every image at clip time
 * would grow the library by megabytes per clip and needs host access we do not ask for. No style-src: popup.html
 * carries its styles inline. WXT turns this into the MV2 string form for Firefox, and adds its dev server in dev.
 */
const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
  "media-src 'none'",
  "img-src 'self' data: blob: https: http:",
];
/**
 * The manifest's connect-src lets the offscreen document (and the service worker) download a PDF the user clips: a
 * CSP meta tag cannot loosen the manifest's, and the worker has no page to carry one. Every page that shows stored
 * articles or the library takes connections back to 'self' with a meta tag of its own (both policies apply), so
 * nothing shown there may reach the network; offscreen.html, which only reads PDFs, is the one page without it.
 */
const connectSrc = (mode: string) =>
  `connect-src 'self' ${mode === 'development' ? 'ws://localhost:* http://localhost:*' : 'http: https:'}`;
const PAGE_CONNECT_CSP = `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'" />`;

function pageConnectCsp(mode: string): Plugin {
  return {
    name: 'clausemark:page-connect-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        mode === 'development' || /[\\/]offscreen[\\/]/.test(ctx.filename)
          ? html
          : html.replace(/<head>/i, `<head>\n    ${PAGE_CONNECT_CSP}`),
    },
  };
}

/**
 * PDF.js's character maps, shipped with the extension (1.7 MB): Chinese PDFs written with predefined CMaps
 * (Adobe-GB1, UniGB-UCS2-H…) have no readable text without them, and nothing may be fetched from elsewhere.
 */
const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

export default defineConfig({
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const f of readdirSync(CMAPS))
        if (f.endsWith('.bcmap')) files.push({ absoluteSrc: join(CMAPS, f), relativeDest: `pdfjs/cmaps/${f}` });
    },
  },
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: ({ mode }) => ({
    plugins: [preact(), inlinePopupCss(), pageConnectCsp(mode)],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'shared', minShareCount: 2, test: (id: string) => !LAZY.test(id) && !/\.css($|\?)/.test(id) }],
          },
        },
      },
    },
  }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // "offscreen" (Chrome): PDFs are read with PDF.js in an offscreen document, the service worker having no DOM.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    // One site at a time (https://host/*), asked for only when the user turns on "Show my highlights automatically
    // on this site", or "Allow on this site" in the side panel; never every site. These patterns only bound what may
    // be asked (MV2 has no optional_host_permissions: origins go in optional_permissions there). "tabs" only when
    // the side panel asks to see which page a tab shows.
    // The side panel itself (side_panel + "sidePanel" / sidebar_action) comes from entrypoints/sidepanel/.
    ...(manifestVersion === 2
      ? { optional_permissions: [...SITES, 'tabs'] }
      : { optional_permissions: ['tabs'], optional_host_permissions: SITES }),
    content_security_policy: { extension_pages: [...EXTENSION_PAGES_CSP, connectSrc(mode)].join('; ') },
    action: { default_title: '__MSG_extName__' },
    // The highlighter's note frame, framed by web pages (utils/highlighter/note-frame.ts). A dynamic URL in MV3, so a
    // page cannot probe a fixed address to learn that the extension is installed.
    web_accessible_resources:
      manifestVersion === 2 ? ['note.html'] : [{ resources: ['note.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'clip-page': {
        suggested_key: { default: shortcut('clip', browser) },
        description: '__MSG_commandClipPage__',
      },
      'highlight-selection': {
        suggested_key: { default: shortcut('highlight', browser) },
        description: '__MSG_commandHighlightSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clausemark@clausemark.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
