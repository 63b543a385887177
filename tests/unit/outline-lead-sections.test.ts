import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

function rows(body: string) {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => [e.level, e.label, e.title]);
}

const p = (t: string) => `<p>${t}</p>`;
const more = '全年新增项目一百余个，完成投资较上年明显增长，各项指标好于预期，群众满意度持续提升。';

describe('sections told in leads (a work report exported from Word, its 楷体 leads set plain)', () => {
  const body = [
    '<h2>一、过去一年工作回顾</h2>',
    p(`（一）推动科技创新引领产业创新。${more}`),
    p(`坚持教育科技人才一体发展。${more}`),
    p(`（二）持续推进城乡融合发展。${more}`),
    p(`打造更高水平粮食生产基地。${more}`),
    p(`加快重大基础设施建设。${more}`),
    p(`（三）守牢安全发展底线。${more}`),
    p(`筑牢上游生态屏障。${more}`),
    p(`深化法治建设、平安建设。${more}`),
    p(`与此同时，其他各方面工作都取得了新进展新成效。${more}`),
    '<h2>二、今年工作安排</h2>',
    p(`今年是规划收官之年，做好政府工作意义重大。${more}`),
  ].join('');

  it('the short leads opening the paragraphs right after each numbered item are its subheads', () => {
    expect(rows(body)).toEqual([
      [1, '一、', '过去一年工作回顾'],
      [2, '（一）', '推动科技创新引领产业创新'],
      [3, null, '坚持教育科技人才一体发展'],
      [2, '（二）', '持续推进城乡融合发展'],
      [3, null, '打造更高水平粮食生产基地'],
      [3, null, '加快重大基础设施建设'],
      [2, '（三）', '守牢安全发展底线'],
      [3, null, '筑牢上游生态屏障'],
      [3, null, '深化法治建设、平安建设'],
      [1, '二、', '今年工作安排'],
    ]);
  });

  it('one such section alone, or leads with a comma inside (a clause of prose), are no subheads', () => {
    const one = [
      '<h2>一、过去一年工作回顾</h2>',
      p(`（一）推动科技创新引领产业创新。${more}`),
      p(`坚持教育科技人才一体发展。${more}`),
      p(`（二）持续推进城乡融合发展。${more}`),
      p(`一年来，我们认真抓好各项部署。${more}`),
    ].join('');
    expect(rows(one).map((r) => r[1])).toEqual(['一、', '（一）', '（二）']);
  });

  it('a head set as a line of its own, its section opened by a short sentence of prose, keeps that sentence as text', () => {
    const own = [
      '<h2>第一章 实践路径</h2>',
      p('一、坚持以人民为中心的发展思想'),
      p(`发展是人类社会的永恒主题。${more}`),
      p('（一）坚持把发展作为第一要务'),
      p(more),
      p('二、独立自主是必由之路'),
      p(`独立自主是立国之本。${more}`),
      p('（一）依靠坚强领导团结奋斗'),
      p(more),
    ].join('');
    expect(rows(own).map((r) => r[1])).toEqual(['第一章', '一、', '（一）', '二、', '（一）']);
  });
});
