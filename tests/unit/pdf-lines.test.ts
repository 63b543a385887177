import { describe, expect, it } from 'vitest';
import { itemsToLines, toItems } from '../../utils/pdf/lines';
import { foldRadicals } from '../../utils/pdf/radicals';
import { content, item, PAGE_H } from '../helpers/pdf-items';

const lines = (c: ReturnType<typeof content>, bold: (f: string) => boolean = () => false) =>
  itemsToLines(toItems(c, PAGE_H, bold), 1).map((l) => l.text);

describe('PDF text items → lines', () => {
  it('joins items on one baseline left to right, whatever order the content stream has them in', () => {
    const c = content([
      { text: '分类管理', x: 80 + 16 * 4, y: 100 },
      { text: '第二行', x: 80, y: 128 },
      { text: '垃圾', x: 80, y: 100 },
      { text: '生活', x: 80 + 16 * 2, y: 100.8 }, // a glyph run set a hair off the baseline
    ]);
    expect(lines(c)).toEqual(['垃圾生活分类管理', '第二行']);
  });

  it('puts a space between Latin words only where the printer left a gap', () => {
    const c = content([
      { text: 'Short', x: 80, y: 100, size: 12 },
      { text: 'title', x: 80 + 30 + 3, y: 100, size: 12 }, // 3pt gap: a space
      { text: 'd', x: 80 + 30 + 3 + 30, y: 100, size: 12 }, // touching: same word (kerned run split)
    ]);
    expect(lines(c)).toEqual(['Short titled']);
  });

  it('closes up letter-spaced CJK and keeps a wide gap inside a heading as one space', () => {
    const spaced = [...'国务院文件'].map((ch, i) => ({ text: ch, x: 100 + i * 48, y: 60, size: 30 }));
    expect(lines(content(spaced))).toEqual(['国务院文件']);
    const heading = content([
      { text: '第一章', x: 200, y: 100 },
      { text: '总', x: 200 + 16 * 4, y: 100 },
      { text: '则', x: 200 + 16 * 7, y: 100 },
    ]);
    expect(lines(heading)).toEqual(['第一章 总 则']);
  });

  it('flips y to top-down, leaves out rotated text and empty items, and reads size from the transform', () => {
    const c = content([{ text: '正文', x: 80, y: 200, size: 14 }]);
    c.items.push({ ...item({ text: '水印', x: 100, y: 400 }), transform: [10, 10, -10, 10, 100, 400] }, { type: 'beginMarkedContent' });
    c.items.push(item({ text: '  ', x: 80, y: 300 }));
    const items = toItems(c, PAGE_H);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ str: '正文', x: 80, y: 200, size: 14 });
  });

  it('marks a line bold when most of its characters are set in a bold font', () => {
    const c = content([
      { text: '（一）指导思想。', x: 80, y: 100, font: 'bold' },
      { text: '坚持', x: 80 + 16 * 8, y: 100 },
      { text: '二、重点任务', x: 80, y: 130, font: 'bold' },
    ]);
    const out = itemsToLines(
      toItems(c, PAGE_H, (f) => f === 'bold'),
      1,
    );
    expect(out.map((l) => l.bold)).toEqual([true, true]);
    const mostlyRegular = itemsToLines(
      toItems(
        content([
          { text: '一、', x: 80, y: 100, font: 'bold' },
          { text: '总体要求和工作目标', x: 112, y: 100 },
        ]),
        PAGE_H,
        (f) => f === 'bold',
      ),
      1,
    );
    expect(mostlyRegular[0]!.bold).toBe(false);
  });

  it('folds the radical code points CJK fonts map glyphs to (⼀ → 一, ⺠ → 民), and nothing else', () => {
    expect(foldRadicals('⼀、⼈⺠政府⻔户（⼆）')).toBe('一、人民政府门户（二）');
    expect(foldRadicals('（一）　全角，保持')).toBe('（一）　全角，保持');
    const c = content([{ text: '⼀、总体要求', x: 80, y: 100 }]);
    expect(lines(c)).toEqual(['一、总体要求']);
  });
});
