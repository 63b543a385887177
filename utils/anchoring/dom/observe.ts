/**
 * Repaint after the page changes its own DOM (SPA navigation, lazy-loaded sections, edits), debounced so a burst of
 * mutations costs one re-anchoring. Our own changes (the highlighter's host element, UI_ATTR elements, <mark> wrappers)
 * are ignored.
 */
import { MARK_CLASS, UI_ATTR } from './visibility';

export interface ChangeWatcher {
  /** Run our own DOM changes without them counting as page changes. */
  quietly<T>(fn: () => T): T;
  disconnect(): void;
}

function ours(n: Node, isOwn: (n: Node) => boolean): boolean {
  if (isOwn(n)) return true;
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  return el.hasAttribute(UI_ATTR) || el.classList.contains(MARK_CLASS);
}

function isOwnRecord(r: MutationRecord, isOwn: (n: Node) => boolean): boolean {
  const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  if (target?.closest(`[${UI_ATTR}]`)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => ours(n, isOwn));
}

/** `isOwn`: nodes of ours that carry no marker (the highlighter's host puts nothing on the page but itself). */
export function watchChanges(root: Node, onChange: () => void, delay = 400, isOwn: (n: Node) => boolean = () => false): ChangeWatcher {
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => isOwnRecord(r, isOwn))) return;
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
