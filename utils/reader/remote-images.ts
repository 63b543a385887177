/**
 * Images of a clip are not fetched when it is opened: every remote `src` is held in `data-cm-src` before the
 * article enters the page, and set back only when the reader asks (one image, or all with "Load images"). An image
 * request tells the clipped site who re-reads what, and when (tracking pixels carry ids). Images stored inline
 * (`data:`) need no network and show at once. The extension pages' CSP allows remote images for this click; media
 * and connections stay blocked there.
 */

export const HELD_ATTR = 'data-cm-src';

const inline = (src: string) => /^\s*data:/i.test(src);

/**
 * Moves each remote image source of `root` (a fragment not yet in the page) to HELD_ATTR, made absolute against
 * `base` (the clipped page) when given: a relative path would otherwise load from the extension, not the site.
 */
export function holdImages(root: ParentNode, base?: string): void {
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (inline(src)) continue;
    img.removeAttribute('src');
    img.setAttribute(HELD_ATTR, absolute(src, base));
  }
}

function absolute(src: string, base?: string): string {
  if (!base) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** Images still waiting for the reader's click. */
export function heldImages(root: ParentNode): HTMLImageElement[] {
  return Array.from(root.querySelectorAll<HTMLImageElement>(`img[${HELD_ATTR}]`));
}

/** Host names the held images would be fetched from, in order of first appearance. */
export function heldHosts(root: ParentNode, base?: string): string[] {
  const hosts = new Set<string>();
  for (const img of heldImages(root)) {
    const host = hostOf(img.getAttribute(HELD_ATTR)!, base);
    if (host) hosts.add(host);
  }
  return [...hosts];
}

export function hostOf(src: string, base?: string): string {
  try {
    return new URL(src, base).host;
  } catch {
    return '';
  }
}

/** Fetches one held image: its source goes back where the browser reads it. */
export function loadImage(img: Element): void {
  const src = img.getAttribute(HELD_ATTR);
  if (src === null) return;
  img.removeAttribute(HELD_ATTR);
  img.setAttribute('src', src);
}

export function loadImages(root: ParentNode): void {
  for (const img of heldImages(root)) loadImage(img);
}
