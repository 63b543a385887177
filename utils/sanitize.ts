/**
 * The single path for untrusted article HTML: used when a clip is stored and again whenever stored HTML is
 * rendered in an extension page. A reader view needs no page styles, forms, frames or scripts, so they are
 * dropped outright rather than cleaned. Audio and video keep no source, poster or autoplay: playing or showing
 * them would fetch from the clipped site each time the clip is read (the reader links to the original instead).
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const instances = new WeakMap<object, DOMPurify>();

const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'template',
  'base',
  'meta',
  'link',
  'noscript',
  'portal',
  'dialog',
  'slot',
];
const FORBID_ATTR = ['style', 'srcset', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'xmlns'];
const MEDIA = new Set(['VIDEO', 'AUDIO', 'SOURCE', 'TRACK']);
const MEDIA_FETCHES = ['src', 'poster', 'autoplay', 'preload'];

function purifier(win: Window): DOMPurify {
  let p = instances.get(win);
  if (!p) {
    p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
        (node as Element).setAttribute('rel', 'noopener noreferrer');
        (node as Element).setAttribute('target', '_blank');
      }
      if (MEDIA.has(node.nodeName)) for (const a of MEDIA_FETCHES) (node as Element).removeAttribute(a);
    });
    instances.set(win, p);
  }
  return p;
}

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
} as const;

function windowOf(win?: Window): Window {
  const w = win ?? (globalThis as { window?: Window }).window;
  if (!w) throw new Error('sanitizing needs a DOM window (pass one when running under Node)');
  return w;
}

/** Sanitise article HTML. `win` defaults to the global window (extension pages, content scripts). */
export function sanitizeArticleHtml(html: string, win?: Window): string {
  return purifier(windowOf(win)).sanitize(html, CONFIG) as string;
}

/**
 * Sanitise an extracted article element in place (same rules), sparing a serialise-and-reparse at clip time.
 * What it leaves is serialised and stored, and sanitised again as a string whenever it is rendered.
 */
export function sanitizeArticleElement(root: Element, win?: Window): void {
  const p = purifier(windowOf(win));
  try {
    p.sanitize(root, { ...CONFIG, IN_PLACE: true });
  } catch {
    // DOMPurify refuses in place when it would remove the root itself (e.g. text holding "<e" next to a comment):
    // sanitise the markup as a string instead, same rules.
    root.innerHTML = p.sanitize(root.innerHTML, CONFIG) as string;
  }
}
