/**
 * Repaint after the page changes its own DOM (SPA navigation, lazy-loaded sections, edits), debounced so a burst of
 * mutations costs one re-anchoring. Our own changes (toolbar host, style, <mark> wrappers) are ignored.
 */
import { MARK_CLASS } from './paint';
import { UI_ATTR } from './text-map';

export interface ChangeWatcher {
  /** Run our own DOM changes without them counting as page changes. */
  quietly<T>(fn: () => T): T;
  disconnect(): void;
}

function ours(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.hasAttribute(UI_ATTR) || el.classList.contains(MARK_CLASS);
}

function isOwnRecord(r: MutationRecord): boolean {
  const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  if (target?.closest(`[${UI_ATTR}]`)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every(ours);
}

export function watchChanges(root: Node, onChange: () => void, delay = 400): ChangeWatcher {
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new win.MutationObserver((records) => {
    if (records.every(isOwnRecord)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delay);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    quietly(fn) {
      try {
        return fn();
      } finally {
        observer.takeRecords(); // drop what we just did
      }
    },
    disconnect() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
