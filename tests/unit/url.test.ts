import { describe, expect, it } from 'vitest';
import { normalizeUrl, pickCanonicalUrl, sameSite, whyNotClippable } from '../../utils/url';

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
  it("counts a canonical URL only on the page's own site: another site's would take over its clip", () => {
    expect(pickCanonicalUrl('https://attacker.example/x', 'https://www.gov.cn/zhengce/1.htm')).toBe('https://attacker.example/x');
    expect(pickCanonicalUrl('http://127.0.0.1:8080/x', 'http://localhost:8080/x')).toBe('http://127.0.0.1:8080/x');
    // sibling hosts under a shared suffix are different sites
    expect(pickCanonicalUrl('https://sh.gov.cn/a/1.htm', 'https://bj.gov.cn/a/1.htm')).toBe('https://sh.gov.cn/a/1.htm');
    expect(pickCanonicalUrl('https://evil.gov.cn.attacker.example/a', 'https://www.gov.cn/a')).toBe(
      'https://evil.gov.cn.attacker.example/a',
    );
    // a local file (the CLI, or a saved page opened in the browser) never claims a web address
    expect(pickCanonicalUrl('file:///tmp/saved.html', 'https://www.gov.cn/a/1.htm')).toBe('file:///tmp/saved.html');
  });
  it("accepts the same site's desktop, mobile and www hosts, either scheme", () => {
    expect(pickCanonicalUrl('https://m.people.com.cn/n1/1.html', 'http://www.people.com.cn/n1/1.html')).toBe(
      'http://www.people.com.cn/n1/1.html',
    );
    expect(pickCanonicalUrl('http://gov.cn/a/1.htm', 'https://www.gov.cn/a/1.htm')).toBe('https://www.gov.cn/a/1.htm');
  });
});

describe('sameSite', () => {
  it.each([
    ['https://www.gov.cn/a', 'http://gov.cn/b', true],
    ['https://WWW.Gov.CN:8443/a', 'https://m.gov.cn/b', true],
    ['https://a.example/', 'https://b.example/', false],
    ['https://sub.a.example/', 'https://a.example/', false],
    ['javascript:alert(1)', 'javascript:alert(1)', false],
    ['not a url', 'not a url', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(sameSite(a, b)).toBe(same));
});

describe('whyNotClippable', () => {
  it.each([
    ['chrome://settings', /Browser pages/],
    ['about:blank', /Browser pages/],
    ['view-source:https://www.gov.cn/', /view-source/],
    ['https://chromewebstore.google.com/detail/x', /Web Store/],
    ['https://chrome.google.com/webstore/detail/x', /Web Store/],
    ['file:///tmp/plan.pdf', /PDF/],
    ['chrome-extension://abc/popup.html', /extensions/],
  ])('%s cannot be clipped', (url, why) => {
    expect(whyNotClippable(url)).toMatch(why);
  });
  it('tries a tab whose URL the extension cannot see yet', () => expect(whyNotClippable(undefined)).toBeNull());
  it.each([
    'https://www.gov.cn/zhengce/content/2019-01/01/content_1.htm',
    'http://127.0.0.1:8080/a.html',
    'file:///tmp/a.html',
    // read from its address with PDF.js, not by a page script
    'https://www.example.gov.cn/files/plan.pdf',
  ])('%s can be tried', (url) => expect(whyNotClippable(url)).toBeNull());
});
