// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markJsLinks, restoreJsLinks } from '../../utils/extract/passes/js-links';

describe('javascript: links around Readability', () => {
  it('look like links to other pages while held, and are plain text again when released', () => {
    document.body.innerHTML =
      '<p><a href="javascript:open(\'/s/1\')">幻灯<b>一</b></a> 和 <a href="https://a.cn/x">正常链接</a> <a href=" JavaScript:void(0)">二</a></p>';
    markJsLinks(document.body);
    const held = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(held.filter((h) => h?.startsWith('https://clausemark.invalid/'))).toHaveLength(2);
    expect(held).toContain('https://a.cn/x');
    restoreJsLinks(document.body);
    expect(document.body.innerHTML).toBe('<p>幻灯<b>一</b> 和 <a href="https://a.cn/x">正常链接</a> 二</p>');
  });
});
