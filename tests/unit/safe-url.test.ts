import { describe, expect, it } from 'vitest';
import { isOpenableUrl, openableUrl, urlScheme, WEB_SCHEMES } from '../../utils/safe-url';

describe('isOpenableUrl', () => {
  it('accepts web pages and local files, returning the parsed address', () => {
    expect(openableUrl('https://www.gov.cn/zhengce/a.htm')).toBe('https://www.gov.cn/zhengce/a.htm');
    expect(openableUrl('HTTP://A.CN')).toBe('http://a.cn/');
    expect(openableUrl(' https://a.cn/x ')).toBe('https://a.cn/x');
    expect(isOpenableUrl('file:///home/me/act.html')).toBe(true);
    expect(isOpenableUrl('file://localhost/C:/docs/a.html')).toBe(true);
  });

  it('refuses every other scheme, however it is spelt', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://a.cn/0b1c',
      'chrome://settings',
      'chrome-extension://abc/reader.html',
      'about:blank',
      'view-source:https://a.cn/',
      'vbscript:msgbox(1)',
      'ftp://a.cn/x',
      'mailto:a@b.cn',
    ])
      expect(isOpenableUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('refuses relative, empty and malformed addresses, non-strings, and file URLs on another host (SMB on Windows)', () => {
    for (const url of [
      '/a/b',
      'a.cn/x',
      '//evil.example/x',
      '',
      'https://',
      'http://[::1',
      'file://attacker.example/share/x.html',
      null,
      undefined,
      42,
    ])
      expect(isOpenableUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('web-only for exported files', () => {
    expect(isOpenableUrl('https://a.cn/', WEB_SCHEMES)).toBe(true);
    expect(isOpenableUrl('file:///tmp/a.html', WEB_SCHEMES)).toBe(false);
  });

  it('names the scheme for error messages', () => {
    expect(urlScheme('javascript:x')).toBe('javascript:');
    expect(urlScheme('file://h.example/x')).toBe('file://h.example/');
    expect(urlScheme('/x')).toBeNull();
  });
});
