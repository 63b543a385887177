import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pagesToDocument } from '../../utils/pdf';
import { dropRepeatedHeads } from '../../utils/pdf/repeats';
import { line, page } from '../helpers/pdf-items';

const items = [
  '（六）组织实施社区矫正工作。',
  '（七）负责公共法律服务体系建设。',
  '（八）负责本系统警车管理工作。',
  '（九）完成交办的其他任务。',
];

describe('a page that prints again the lines the page before ended with', () => {
  it('drops the repeat at the top of the next page (an export whose print areas overlap)', () => {
    const p4 = page(4, [line('主要职能', 300, 89, 4, 18), ...items.map((t, i) => line(t, 58, 400 + i * 32, 4, 12))]);
    const p5 = page(5, [...items.map((t, i) => line(t, 58, 1 + i * 32, 5, 12)), line('机构设置', 300, 300, 5, 18)]);
    const [, next] = dropRepeatedHeads([p4, p5]);
    expect(next!.lines.map((l) => l.text)).toEqual(['机构设置']);
  });

  it('keeps two lines that happen to repeat (a heading over a continued table), and a page that does not repeat', () => {
    const p1 = page(1, [line('正文第一段。', 58, 100, 1, 12), line('表1 收支情况', 58, 700, 1, 12), line('项目 金额', 58, 720, 1, 12)]);
    const p2 = page(2, [line('表1 收支情况', 58, 60, 2, 12), line('项目 金额', 58, 80, 2, 12), line('合计 100', 58, 100, 2, 12)]);
    expect(dropRepeatedHeads([p1, p2])[1]!.lines).toHaveLength(3);
  });

  it('so the reflowed document holds each item once', () => {
    const p4 = page(4, [line('主要职能', 300, 89, 4, 18), ...items.map((t, i) => line(t, 58, 400 + i * 32, 4, 12))]);
    const p5 = page(5, [...items.map((t, i) => line(t, 58, 1 + i * 32, 5, 12)), line('机构设置', 300, 300, 5, 18)]);
    const doc = pagesToDocument([p4, p5], new JSDOM('<!DOCTYPE html><html><body></body></html>').window.document, 'x');
    expect(doc.body.textContent!.split('（六）').length - 1).toBe(1);
  });
});
