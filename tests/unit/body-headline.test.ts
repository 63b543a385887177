import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { bodyHeadline } from '../../utils/extract/body-headline';

const read = (body: string) => {
  const dom = parseHtml(`<!DOCTYPE html><html><body><div>${body}</div></body></html>`, 'https://example.gov.cn/');
  try {
    return bodyHeadline(dom.window.document.querySelector('div')!);
  } finally {
    dom.window.close();
  }
};

describe('bodyHeadline (issue 15: the title as the body prints it)', () => {
  it('takes set-off first lines above prose', () => {
    expect(read('<p><b>关于加强某某工作</b></p><p><b>有关问题的通知</b></p><p>各区：现将有关事项通知如下。</p>')).toBe(
      '关于加强某某工作有关问题的通知',
    );
  });
  it('takes a plain first paragraph naming a document over its subtitle or salutation (a DOCX as plain <p>s)', () => {
    expect(read('<p>某市2025年政府工作报告</p><p>——2025年1月10日在某市人民代表大会上</p><p>各位代表：</p>')).toBe('某市2025年政府工作报告');
    expect(read('<p>某区数据管理办法</p><p>各单位：</p><p>现将办法印发给你们，请认真执行。</p>')).toBe('某区数据管理办法');
  });
  it('leaves a plain first paragraph that names no document, or has no subtitle or salutation under it', () => {
    expect(read('<p>2024年工作回顾</p><p>——经济运行稳中向好。</p>')).toBe('');
    expect(read('<p>某区数据管理办法</p><p>第一条 为了规范数据管理，制定本办法。</p>')).toBe('');
  });
});
