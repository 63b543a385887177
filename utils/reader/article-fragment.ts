/**
 * The stored article as a live fragment for the reader. Stored HTML is untrusted even though it was sanitised when
 * it was clipped (an older build, an imported backup): it is sanitised again here, parsed in an inert <template>
 * (nothing loads or runs while parsing) and only then adjusted for reading: its ids and classes are isolated from
 * the reader's own, remote images wait for a click, audio and video become links to the original page.
 */
import { sanitizeArticleHtml } from '../sanitize';
import { isolateIds } from './isolate-ids';
import { linkPdfPages } from './pdf-pages';
import { holdImages } from './remote-images';

export const TABLE_WRAP_CLASS = 'reader-table-wrap';
export const MEDIA_CLASS = 'reader-media';

export interface FragmentOptions {
  /** the clipped page's address (http, https or file only): where audio and video can still be played, and what
   * relative image paths are resolved against */
  original?: string;
  /** the placeholder's label for a video or an audio element */
  mediaLabel?: (kind: 'video' | 'audio') => string;
  /** the label of a PDF clip's "view original page N" link; the page anchors stay bare without it */
  pageLabel?: (page: number) => string;
}

export function articleFragment(doc: Document, storedHtml: string, opts: FragmentOptions = {}): DocumentFragment {
  const tpl = doc.createElement('template');
  tpl.innerHTML = sanitizeArticleHtml(storedHtml, doc.defaultView ?? undefined);
  const root = tpl.content;
  // First, so the classes added below are the only ones left.
  isolateIds(root);
  holdImages(root, opts.original);
  if (opts.pageLabel) linkPdfPages(root, opts.original, opts.pageLabel);
  for (const media of Array.from(root.querySelectorAll('video, audio')))
    media.replaceWith(mediaPlaceholder(doc, media.localName as 'video' | 'audio', opts));
  // Wide tables scroll on their own instead of widening the page (a block wrapper adds nothing to the text).
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue;
    const wrap = doc.createElement('div');
    wrap.className = TABLE_WRAP_CLASS;
    table.replaceWith(wrap);
    wrap.appendChild(table);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    // The original site learns nothing about the reader page from image requests.
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
  // A link within the article stays in the page; the sanitiser sends every other link to a new tab.
  for (const a of Array.from(root.querySelectorAll('a[href^="#"]'))) a.removeAttribute('target');
  return root;
}

/**
 * A link to the original page in place of a player. Its label is generated content (CSS `attr()`), not text, so
 * the article's text — where highlights are anchored — is the same as with the player.
 */
function mediaPlaceholder(doc: Document, kind: 'video' | 'audio', opts: FragmentOptions): Element {
  const label = opts.mediaLabel?.(kind) ?? kind;
  const el = doc.createElement(opts.original ? 'a' : 'span');
  if (opts.original) {
    el.setAttribute('href', opts.original);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  } else el.setAttribute('role', 'img');
  el.className = MEDIA_CLASS;
  el.setAttribute('data-kind', kind);
  el.setAttribute('data-label', label);
  el.setAttribute('aria-label', label);
  return el;
}

/** The element an outline entry's anchor names, looked up inside the article only (the page has ids of its own). */
export function anchorElement(root: Element, anchor: string): Element | null {
  if (!anchor) return null;
  const el = root.ownerDocument.getElementById(anchor);
  if (el && root.contains(el)) return el;
  for (const cand of Array.from(root.querySelectorAll('[id]'))) if (cand.id === anchor) return cand;
  return null;
}
