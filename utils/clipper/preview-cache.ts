/**
 * The outline the extraction script last read in this document, so the popup opened again on an unchanged page is
 * answered at once instead of after a whole extraction (over half a second on a big law). `executeScript({ files })`
 * evaluates the script anew each time, so nothing survives in its module; the isolated world's global object lives
 * as long as the document, and the page cannot see it. Kept under a symbol: an element id cannot clobber it.
 * Kept and answered as JSON text: Chrome hands a script's object result to the extension value by value (a big law's
 * 1,418 entries took 50–270 ms), a string at once.
 */

/** A `Result<OutlinePreview>` as JSON text (utils/clipper/outline-tab.ts reads and checks it). */
export type PreviewJson = string;

const KEY = Symbol.for('clausemark.outlinePreview');

/** The isolated world's global object, or a stand-in for it in tests. */
export type CacheScope = Record<symbol, unknown>;

interface Entry {
  href: string;
  /** the document's text length when it was read */
  chars: number;
  /** set by the first DOM mutation after the read (not our own); the observer then stops, so a busy page costs nothing more */
  changed: boolean;
  observer: MutationObserver;
  preview: PreviewJson;
  /** cachedPreview on this entry's document, for askCachedPreview (which cannot import anything) */
  lookup(href: string): PreviewJson | null;
}

const textLength = (doc: Document): number => doc.documentElement?.textContent?.length ?? 0;

/**
 * Our own highlighter's host coming or going (it marks a heading the popup scrolled to): an empty element, its contents
 * in a closed root, nothing a read takes in. Not a change, or every click on an outline entry would undo the cache.
 */
const ours = (r: MutationRecord): boolean =>
  r.type === 'childList' &&
  [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every((n) => n.nodeName === 'CLAUSEMARK-HIGHLIGHTER' && !n.hasChildNodes());
const changes = (records: MutationRecord[]): boolean => records.some((r) => !ours(r));

/**
 * The remembered preview, if the page has not changed since it was read: no DOM mutation (pending records count),
 * the same address (history navigation keeps the document) and the same text length.
 */
export function cachedPreview(scope: CacheScope, doc: Document, href: string): PreviewJson | undefined {
  const entry = scope[KEY] as Entry | undefined;
  if (!entry) return undefined;
  if (changes(entry.observer.takeRecords())) entry.changed = true;
  if (entry.changed || entry.href !== href || entry.chars !== textLength(doc)) return undefined;
  return entry.preview;
}

/**
 * Remember what was read. Call it in the same task as the read (the extraction is synchronous): no page script or
 * parser step can then change the page between the copy that was read and the observer starting.
 */
export function rememberPreview(
  scope: CacheScope,
  doc: Document,
  href: string,
  preview: PreviewJson,
  Observer: typeof MutationObserver,
): void {
  (scope[KEY] as Entry | undefined)?.observer.disconnect();
  const entry: Entry = {
    href,
    chars: textLength(doc),
    changed: false,
    preview,
    observer: undefined as unknown as MutationObserver,
    lookup: (now) => cachedPreview(scope, doc, now) ?? null,
  };
  entry.observer = new Observer((records) => {
    if (!changes(records)) return;
    entry.changed = true;
    entry.observer.disconnect();
  });
  entry.observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  scope[KEY] = entry;
}

/**
 * Run in the tab (`executeScript({ func })`) before the extraction script: the remembered preview if the page is
 * unchanged, else null. A hit then costs no evaluation of the outline script (108 kB). Serialised into the tab, so
 * it holds everything it uses: the key is spelt out.
 */
export function askCachedPreview(): unknown {
  const entry = (globalThis as unknown as CacheScope)[Symbol.for('clausemark.outlinePreview')] as Partial<Entry> | undefined;
  return typeof entry?.lookup === 'function' ? entry.lookup(location.href) : null;
}
