import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../utils/i18n/en';
import { zhCN } from '../../utils/i18n/zh-CN';
import { detectLocale, getLocale, setLocale, t } from '../../utils/i18n';

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

  it('is really translated: every Chinese string of the page, options and highlighter areas reads as Chinese', () => {
    // names of formats and products, the same in both languages
    const same = new Set(['options.format.docx', 'options.format.csl', 'options.format.markdown']);
    const keys = (Object.keys(en) as (keyof typeof en)[]).filter((k) => /^(page|options|highlighter|common)\./.test(k) && !same.has(k));
    expect(keys.length).toBeGreaterThan(100);
    for (const k of keys) {
      expect(zhCN[k], k).not.toBe(en[k]);
      // words outside the placeholders are Chinese words (product names may sit among them)
      const bare = zhCN[k].replace(/\{\w+\}/g, '');
      if (/[A-Za-z]/.test(bare)) expect(bare, k).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("a content script can follow the browser language without touching the web page's lang", () => {
    const doc = { documentElement: { lang: 'fr' } } as unknown as Document;
    setLocale('zh-CN', null);
    expect(getLocale()).toBe('zh-CN');
    expect(t('highlighter.saveNote')).toBe('保存批注');
    setLocale('en', doc);
    expect(doc.documentElement.lang).toBe('en');
  });
});
