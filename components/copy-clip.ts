/** What the copy buttons need besides the DOM: the clip's Markdown, the remembered style, a clipboard write. */
import type { ClausemarkDB } from '../utils/db';
import { gatherBundle } from '../utils/db';
import { defaultCiteStyle, CITE_STYLES, type CiteStyle } from '../utils/cite/render';

/** The clip in the same Markdown as the export (its highlights and collections included). */
export async function clipMarkdownText(db: ClausemarkDB, clipId: string): Promise<string> {
  const [bundle, { toMarkdown }] = await Promise.all([gatherBundle(db, { clipIds: [clipId] }), import('../utils/export/markdown')]);
  return toMarkdown(bundle).files[0]?.content ?? '';
}

const KEY = 'clausemark.citeStyle';

/** The style last picked on any extension page (they share localStorage), else the UI language's default. */
export function savedCiteStyle(locale: string, store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): CiteStyle {
  const saved = store?.getItem(KEY);
  return CITE_STYLES.includes(saved as CiteStyle) ? (saved as CiteStyle) : defaultCiteStyle(locale);
}

export function saveCiteStyle(style: CiteStyle, store: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    store?.setItem(KEY, style);
  } catch {
    // storage full or disabled: the choice lasts for this page only
  }
}

/**
 * Writes text that is still being made (citeproc loads on the first click). A ClipboardItem given a promise is
 * written within the click's user activation, however long the text takes; without one, writeText after it.
 */
export async function writeLater(clipboard: Clipboard, text: Promise<string>): Promise<void> {
  const Item = globalThis.ClipboardItem;
  if (Item && clipboard.write) {
    try {
      await clipboard.write([new Item({ 'text/plain': text.then((s) => new Blob([s], { type: 'text/plain' })) })]);
      return;
    } catch {
      // a browser without promised items: fall back below
    }
  }
  await clipboard.writeText(await text);
}
