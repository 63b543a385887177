import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';
import { ladderOrder } from '../../utils/outline/ladder';

function rows(body: string) {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => [e.level, e.label]);
}

const p = (t: string) => `<p>${t}</p>`;
const para = '为做好相关工作，现将有关情况说明如下，请各单位结合实际认真贯彻落实。';

describe('the Chinese ladder 一、 > （一） > 1. > （1）', () => {
  it('a 1、 under （三） is its child though the report first nested 1. right under 一、', () => {
    const body = [
      p('一、主要职能'),
      p('1. 组织编制国土空间规划'),
      p(para),
      p('2. 负责自然资源调查监测'),
      p(para),
      p('二、支出决算情况说明'),
      p('（一）支出决算总体情况'),
      p(para),
      p('（二）支出决算具体情况'),
      p(para),
      p('1、社会保障和就业支出'),
      p(para),
      p('2、卫生健康支出'),
      p(para),
      p('三、其他重要事项'),
      p(para),
    ].join('');
    expect(rows(body)).toEqual([
      [1, '一、'],
      [2, '1.'],
      [2, '2.'],
      [1, '二、'],
      [2, '（一）'],
      [2, '（二）'],
      [3, '1、'],
      [3, '2、'],
      [1, '三、'],
    ]);
  });

  it('a （一） under a late 一、 is its child though （一） first ran under bold lines', () => {
    const body = [
      '<p><strong>主要职能</strong></p>',
      p('（一）贯彻执行有关法律法规'),
      p(para),
      p('（二）完成交办的其他任务'),
      p(para),
      '<p><strong>名词解释</strong></p>',
      p('（一）财政拨款收入'),
      p(para),
      p('（二）事业收入'),
      p(para),
      '<p><strong>其他相关情况说明</strong></p>',
      p('一、“三公”经费预算情况说明'),
      p('（一）因公出国（境）费'),
      p(para),
      p('（二）公务接待费'),
      p(para),
      p('二、机关运行经费预算'),
      p(para),
    ].join('');
    expect(rows(body)).toEqual([
      [1, null],
      [2, '（一）'],
      [2, '（二）'],
      [1, null],
      [2, '（一）'],
      [2, '（二）'],
      [1, null],
      [2, '一、'],
      [3, '（一）'],
      [3, '（二）'],
      [2, '二、'],
    ]);
  });

  it('orders only the ladder styles, in the ranks they hold, and only in a Chinese-numbered text', () => {
    expect(ladderOrder(['jie', 'ar-dot', 'bold', 'cn-paren', 'cn-dun'])).toEqual(['jie', 'cn-dun', 'bold', 'cn-paren', 'ar-dot']);
    expect(ladderOrder(['ar-paren', 'ar-dot'])).toEqual(['ar-paren', 'ar-dot']);
  });
});
