/**
 * The page, selection and link menu items, titled in the UI language the user chose in the options (not only the
 * browser's): a reader of Chinese documents may run an English browser with Clausemark set to 中文. Pure: the menus
 * API and the storage are parameters.
 */
import { tIn, type Locale, type MessageKey } from '../i18n';
import { LANGUAGE_KEY } from '../i18n/preference';

export const MENU_CLIP = 'clip-page';
export const MENU_HIGHLIGHT = 'highlight-selection';
export const MENU_LINKED_FILE = 'clip-linked-file';

type Context = 'page' | 'selection' | 'link';
interface MenuItem {
  id: string;
  key: MessageKey;
  contexts: Context[];
  linkPatterns?: boolean;
}

const ITEMS: readonly MenuItem[] = [
  { id: MENU_CLIP, key: 'common.menuClipPage', contexts: ['page'] },
  { id: MENU_HIGHLIGHT, key: 'common.menuHighlightSelection', contexts: ['selection'] },
  { id: MENU_LINKED_FILE, key: 'common.menuClipLinkedFile', contexts: ['link'], linkPatterns: true },
];

export interface MenusApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: [Context, ...Context[]]; targetUrlPatterns?: string[] }): unknown;
  update(id: string, props: { title: string }): Promise<void>;
}

export async function installMenus(menus: MenusApi, locale: Locale, linkPatterns: string[]): Promise<void> {
  await menus.removeAll();
  for (const m of ITEMS) {
    const contexts = m.contexts as [Context, ...Context[]];
    menus.create({ id: m.id, title: tIn(locale, m.key), contexts, ...(m.linkPatterns ? { targetUrlPatterns: linkPatterns } : {}) });
  }
}

export async function retitleMenus(menus: MenusApi, locale: Locale): Promise<void> {
  for (const m of ITEMS) await menus.update(m.id, { title: tIn(locale, m.key) }).catch(() => {});
}

/** Whether a storage change touches the language setting (the menus then follow it). */
export function languageChanged(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && LANGUAGE_KEY in changes;
}
