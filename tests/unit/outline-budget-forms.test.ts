// A department budget's outline forms (round 10): 1） as a tier of its own below 1., circled items that are the
// clauses of one enumerated sentence, and plain 名词解释 entries each defining a term after a colon.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

function rows(body: string) {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root).map((e) => [e.level, e.label ?? e.title]);
}

const p = (t: string) => `<p>${t}</p>`;
const para = '为做好相关工作，现将有关情况说明如下，请各单位结合实际认真贯彻落实。';

describe('a budget’s lower tiers', () => {
  it('sets 1） under 1., and reads ①…； clauses as a list', () => {
    const body = [
      p('一、预算情况说明'),
      p('（一）项目情况'),
      p(para),
      p('1. 某某执法经费二级项目'),
      p('1）项目概述：项目主要内容为开展执法检查，组织抽查产品质量。'),
      p('2）立项依据：'),
      p('①某某总局关于贯彻落实《某某意见》的通知；'),
      p('②某某省关于深化综合行政执法改革的实施意见；'),
      p('③评审专家收集的其他相关资料。'),
      p('3）实施周期：1年。'),
      p('2. 某某监管经费二级项目'),
      p(para),
    ].join('');
    expect(rows(body)).toEqual([
      [1, '一、'],
      [2, '（一）'],
      [3, '1.'],
      [4, '1）'],
      [4, '2）'],
      [4, '3）'],
      [3, '2.'],
    ]);
  });

  it('keeps circled heads that end in no semicolon', () => {
    const body = [p('一、总体要求'), p('（一）基本原则'), p('①坚持问题导向'), p(para), p('②坚持系统观念'), p(para)].join('');
    expect(rows(body)).toEqual([
      [1, '一、'],
      [2, '（一）'],
      [3, '①'],
      [3, '②'],
    ]);
  });

  it('reads plain terms defined after a colon as a glossary, not heads', () => {
    const body = [
      p('一、收入科目'),
      p('（一）财政拨款：指本级财政当年拨付的资金。'),
      p('（二）事业收入：指事业单位开展专业业务活动取得的收入。'),
      p('二、支出科目'),
      p('一般公共服务事务行政运行：反映行政单位的基本支出。'),
      p('一般公共服务事务机关服务：反映为行政单位提供后勤服务的支出。'),
      p('一般公共服务事务事业运行：反映事业单位的基本支出。'),
    ].join('');
    expect(rows(body)).toEqual([
      [1, '一、'],
      [2, '（一）'],
      [2, '（二）'],
      [1, '二、'],
    ]);
  });
});
