import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, readLanguagePref, resolveLocale, startLocale } from '../../utils/i18n/preference';

const storage = (value: unknown) => ({ get: async (key: string) => (key === LANGUAGE_KEY && value !== undefined ? { [key]: value } : {}) });

describe('the UI language setting', () => {
  it('auto follows the browser; 中文 or English wins over it; ?lang= wins over both', () => {
    expect(resolveLocale({ pref: 'auto', browserLang: 'en-US' })).toBe('en');
    expect(resolveLocale({ pref: 'auto', browserLang: 'zh-TW' })).toBe('zh-CN');
    expect(resolveLocale({ pref: 'zh-CN', browserLang: 'en-US' })).toBe('zh-CN');
    expect(resolveLocale({ pref: 'en', browserLang: 'zh-CN' })).toBe('en');
    expect(resolveLocale({ override: 'en', pref: 'zh-CN', browserLang: 'zh-CN' })).toBe('en');
  });

  it('an unknown stored value counts as auto', () => {
    expect(readLanguagePref('fr')).toBe('auto');
    expect(readLanguagePref(undefined)).toBe('auto');
    expect(resolveLocale({ pref: { lang: 'zh-CN' }, browserLang: 'en' })).toBe('en');
  });

  it('pages start in the stored setting, and in the browser language when storage fails', async () => {
    expect(await startLocale(storage('zh-CN'), 'en-US')).toBe('zh-CN');
    expect(await startLocale(storage(undefined), 'en-US')).toBe('en');
    expect(await startLocale(storage('zh-CN'), 'en-US', 'en')).toBe('en');
    expect(await startLocale({ get: () => Promise.reject(new Error('no storage')) }, 'zh-CN')).toBe('zh-CN');
  });
});
