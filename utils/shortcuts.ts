/**
 * The default keys of the two commands. Firefox (Windows, Linux) gives Alt+Shift+<letter> to its menu bar's access
 * keys first, even with the menu bar hidden: Alt+Shift+S opens History and Alt+Shift+H opens Help, and the
 * extension never hears them. Its defaults avoid the menus' letters (F E V S B T H in English and Chinese Firefox).
 */
export type ShortcutName = 'clip' | 'highlight';

const KEYS: Record<'chrome' | 'firefox', Record<ShortcutName, string>> = {
  chrome: { clip: 'Alt+Shift+S', highlight: 'Alt+Shift+H' },
  firefox: { clip: 'Alt+Shift+C', highlight: 'Alt+Shift+L' },
};

/** The default key for `name` in `browser` (WXT's target name); every browser but Firefox takes Chrome's. */
export function shortcut(name: ShortcutName, browser: string): string {
  return KEYS[browser === 'firefox' ? 'firefox' : 'chrome'][name];
}

/** The clip key of this build, for the sentences that name it (WXT defines import.meta.env.FIREFOX; the CLI has no env). */
export const CLIP_KEY = shortcut('clip', typeof import.meta.env === 'object' && import.meta.env.FIREFOX ? 'firefox' : 'chrome');
