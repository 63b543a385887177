/** A bulletin's end matter (注释： / 资料来源： alone on a line) is a part of its own, once the body is over. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

const outline = (body: string) => {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => [e.level, e.label, e.title]);
};

describe('Chinese end matter', () => {
  it('puts 注释 and 资料来源 at level 1 after the last section, the notes under 注释', () => {
    const got = outline(
      '<p>一、人口</p><p>年末常住人口52.3万人，比上年减少0.4万人。</p><p>二、就业</p><p>全年城镇新增就业4100人。</p>' +
        '<p>注释：</p><p>1.本公报数据为初步统计数。</p><p>2.增长速度按可比价格计算。</p>' +
        '<p>数据来源：</p><p>人口数据来自县公安局，其余来自县统计局。</p>',
    );
    expect(got).toEqual([
      [1, '一、', '人口'],
      [1, '二、', '就业'],
      [1, null, '注释'],
      [2, '1.', '本公报数据为初步统计数'],
      [2, '2.', '增长速度按可比价格计算'],
      [1, null, '数据来源'],
    ]);
  });

  it('leaves a 说明： inside the body where it stands when the top tier goes on after it', () => {
    const got = outline(
      '<p>一、申报条件</p><p>说明：</p><p>1.申报单位须在本市注册。</p><p>2.近三年无不良信用记录。</p>' +
        '<p>二、申报程序</p><p>各单位于6月30日前提交材料。</p>',
    );
    expect(got.filter(([, label]) => label === '二、')).toEqual([[1, '二、', '申报程序']]);
    expect(got.find(([, label]) => label === '1.')?.[0]).toBeGreaterThan(1);
  });
});
