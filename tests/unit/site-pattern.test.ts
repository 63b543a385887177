import { describe, expect, it } from 'vitest';
import { originPattern, patternHost } from '../../utils/site-pattern';

describe('originPattern', () => {
  it('gives one site per scheme and host, every port and path', () => {
    expect(originPattern('https://www.gov.cn/zhengce/content/2024-01/01/x.htm?a=1#b')).toBe('https://www.gov.cn/*');
    expect(originPattern('http://www.gov.cn/x')).toBe('http://www.gov.cn/*');
    expect(originPattern('http://127.0.0.1:8123/zh-law/')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://WWW.Example.GOV.cn:8443/')).toBe('https://www.example.gov.cn/*');
  });
  it('writes IDN hosts in punycode, the form match patterns take', () => {
    expect(originPattern('https://例子.中国/政策')).toBe('https://xn--fsqu00a.xn--fiqs8s/*');
    expect(patternHost('https://xn--fsqu00a.xn--fiqs8s/*')).toBe('xn--fsqu00a.xn--fiqs8s');
  });
  it('refuses pages no site permission covers', () => {
    for (const url of [
      'file:///home/a/law.html',
      'chrome://settings/',
      'about:blank',
      'ftp://a.cn/x',
      'data:text/html,x',
      'not a url',
      undefined,
    ]) {
      expect(originPattern(url)).toBeNull();
    }
  });
});
