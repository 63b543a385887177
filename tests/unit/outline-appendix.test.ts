/** Appendix heads (附录1：… / 附表2：…) in a row are heads of their own, never one title set over two lines. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

const outline = (body: string) => {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => e.title);
};

describe('appendix heads', () => {
  it('keeps two appendix heads with nothing but a figure between them apart', () => {
    const titles = outline(
      '<p>一、实施背景</p><p>为保障春节期间电网安全稳定运行，制定本细则。</p><p>二、实施方式</p><p>采用竞价方式确定响应用户。</p>' +
        '<h2>附录1：方案实施流程图</h2><p><img src="flow.png"></p><h2>附录2：竞价指引</h2><p>参与竞价的用户应认真阅读本指引。</p>',
    );
    expect(titles.some((t) => t.includes('方案实施流程图') && t.includes('竞价指引'))).toBe(false);
    expect(titles.filter((t) => /附录[12]/.test(t))).toHaveLength(2);
  });
});
