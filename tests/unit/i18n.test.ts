import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../utils/i18n/en';
import { zhCN } from '../../utils/i18n/zh-CN';
import { detectLocale, setLocale, t } from '../../utils/i18n';

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('follows the browser language: any zh variant is Chinese, everything else English', () => {
    expect(detectLocale('zh-CN')).toBe('zh-CN');
    expect(detectLocale('zh_TW')).toBe('zh-CN');
    expect(detectLocale('zh')).toBe('zh-CN');
    expect(detectLocale('en-GB')).toBe('en');
    expect(detectLocale('de')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('translates and fills placeholders', () => {
    setLocale('zh-CN');
    expect(t('common.delete')).toBe('删除');
    setLocale('en');
    expect(t('common.delete')).toBe('Delete');
  });

  it('has the same keys in both languages, none empty, same placeholders', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(zh.trim(), key).not.toBe('');
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(zh), key).toEqual(ph(text));
    }
  });
});
