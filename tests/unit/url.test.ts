import { describe, expect, it } from 'vitest';
import { normalizeUrl, pickCanonicalUrl, whyNotClippable } from '../../utils/url';

describe('normalizeUrl', () => {
  it('drops fragments, tracking parameters and default ports, and sorts the rest', () => {
    expect(normalizeUrl('HTTPS://WWW.Gov.cn:443/a/b.htm?utm_source=x&b=2&a=1&spm=3#top')).toBe('https://www.gov.cn/a/b.htm?a=1&b=2');
  });
  it('keeps the parameters that identify a WeChat article', () => {
    const u = 'https://mp.weixin.qq.com/s?__biz=MzA&mid=265&idx=1&sn=abc&chksm=1&scene=21#wechat_redirect';
    expect(normalizeUrl(u)).toBe('https://mp.weixin.qq.com/s?__biz=MzA&chksm=1&idx=1&mid=265&sn=abc');
  });
});

describe('pickCanonicalUrl', () => {
  it('prefers the declared canonical URL', () => {
    expect(pickCanonicalUrl('https://a.cn/x?from=1', 'https://a.cn/x')).toBe('https://a.cn/x');
  });
  it('resolves a relative canonical URL', () => {
    expect(pickCanonicalUrl('https://a.cn/p/x.html', '/p/y.html')).toBe('https://a.cn/p/y.html');
  });
  it('ignores a canonical URL that points at the home page', () => {
    expect(pickCanonicalUrl('https://a.cn/p/x.html#a', 'https://a.cn/')).toBe('https://a.cn/p/x.html');
  });
  it('ignores non-http canonical URLs', () => {
    expect(pickCanonicalUrl('https://a.cn/p', 'javascript:alert(1)')).toBe('https://a.cn/p');
  });
});

describe('whyNotClippable', () => {
  it.each([
    ['chrome://settings', /Browser pages/],
    ['about:blank', /Browser pages/],
    ['view-source:https://www.gov.cn/', /view-source/],
    ['https://chromewebstore.google.com/detail/x', /Web Store/],
    ['https://chrome.google.com/webstore/detail/x', /Web Store/],
    ['https://www.example.gov.cn/files/plan.pdf', /PDF/],
    ['chrome-extension://abc/popup.html', /extensions/],
  ])('%s cannot be clipped', (url, why) => {
    expect(whyNotClippable(url)).toMatch(why);
  });
  it('tries a tab whose URL the extension cannot see yet', () => expect(whyNotClippable(undefined)).toBeNull());
  it.each(['https://www.gov.cn/zhengce/content/2019-01/01/content_1.htm', 'http://127.0.0.1:8080/a.html', 'file:///tmp/a.html'])(
    '%s can be tried',
    (url) => expect(whyNotClippable(url)).toBeNull(),
  );
});
