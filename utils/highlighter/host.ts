/**
 * The one element the highlighter adds to a live page, holding everything it shows (painted boxes, toolbar, note
 * frame) in a closed shadow root: the page's scripts cannot read what is inside, and its CSS cannot reach it. The
 * host is in the page only while something holds it (highlights painted, toolbar or note open); then nothing of the
 * extension is left in the page. The root is handed to our own modules only, never put anywhere the page can reach.
 */

export type HoldKey = 'paint' | 'flash' | 'toolbar' | 'note';

export interface OverlayHost {
  readonly root: ShadowRoot;
  /** The host is in the page while any key holds it. */
  hold(key: HoldKey, on: boolean): void;
  /** The host's own box: painted boxes are placed relative to it, so page margins and positioned ancestors do not matter. */
  origin(): DOMRect;
  /** The node is the host (for the change watcher and event checks). */
  isHost(n: Node | null): boolean;
  /** The event happened in our UI (retargeted to the host outside the closed root). */
  owns(e: Event): boolean;
}

// No stacking context on the host itself (no z-index): the boxes' layer then blends with the page under it.
const HOST_CSS = `:host { all: initial !important; display: block !important; position: absolute !important; top: 0 !important;
  left: 0 !important; width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  pointer-events: none !important; }`;

export function createHost(doc: Document): OverlayHost {
  const host = doc.createElement('clausemark-highlighter');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS;
  root.appendChild(style);
  const holders = new Set<HoldKey>();
  return {
    root,
    hold(key, on) {
      if (on) holders.add(key);
      else holders.delete(key);
      if (holders.size && !host.isConnected) doc.documentElement.appendChild(host);
      else if (!holders.size && host.isConnected) host.remove();
    },
    origin: () => host.getBoundingClientRect(),
    isHost: (n) => n === host,
    owns: (e) => e.composedPath().includes(host),
  };
}
