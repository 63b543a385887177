import { describe, expect, it } from 'vitest';
import { installMenus, languageChanged, retitleMenus, type MenusApi } from '../../utils/clipper/context-menus';
import { startLocale } from '../../utils/i18n/preference';

function fakeMenus() {
  const items = new Map<string, { title: string; contexts: string[]; targetUrlPatterns?: string[] }>();
  const api: MenusApi = {
    removeAll: async () => items.clear(),
    create: (p) => items.set(p.id, { title: p.title, contexts: p.contexts, targetUrlPatterns: p.targetUrlPatterns }),
    update: async (id, p) => {
      const it = items.get(id);
      if (!it) throw new Error('no item');
      it.title = p.title;
    },
  };
  return { api, items };
}

const storage = (v?: string) => ({ get: async () => (v ? { uiLanguage: v } : {}) });

describe('context menus follow the chosen UI language', () => {
  it('an English browser with Clausemark set to 中文 gets Chinese menu items', async () => {
    const { api, items } = fakeMenus();
    await installMenus(api, await startLocale(storage('zh-CN'), 'en-US'), ['*://*/*.pdf']);
    expect([...items.values()].map((i) => i.title)).toEqual(['剪藏此页到 Clausemark', '高亮所选文字', '剪藏链接的文档到 Clausemark']);
    expect(items.get('clip-linked-file')?.targetUrlPatterns).toEqual(['*://*/*.pdf']);
    expect(items.get('clip-page')?.targetUrlPatterns).toBeUndefined();
  });

  it('auto follows the browser; a later change of the setting retitles the items in place', async () => {
    const { api, items } = fakeMenus();
    await installMenus(api, await startLocale(storage(), 'zh-TW'), []);
    expect(items.get('clip-page')?.title).toBe('剪藏此页到 Clausemark');
    expect(languageChanged({ uiLanguage: { newValue: 'en' } }, 'local')).toBe(true);
    expect(languageChanged({ other: {} }, 'local')).toBe(false);
    await retitleMenus(api, await startLocale(storage('en'), 'zh-CN'));
    expect(items.get('highlight-selection')?.title).toBe('Highlight selection');
    expect(items.size).toBe(3);
  });
});
