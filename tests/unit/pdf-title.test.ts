import { describe, expect, it } from 'vitest';
import { measure } from '../../utils/pdf/layout';
import { titleLines } from '../../utils/pdf/title';
import type { TextLine } from '../../utils/pdf';
import { line, paragraph } from '../helpers/pdf-items';

/** Lines centred in the 80…496 column, then a body paragraph under them. */
function page(heads: Array<[string, number, number]>): TextLine[] {
  const centred = heads.map(([text, y, size]) => {
    const l = line(text, 0, y, 1, size);
    const w = l.x2 - l.x;
    return { ...l, x: 288 - w / 2, x2: 288 + w / 2 };
  });
  const body = paragraph(
    '本公司董事会及全体董事保证本报告内容的真实、准确和完整，不存在任何虚假记载、误导性陈述或者重大遗漏，并承担个别和连带的法律责任。',
    400,
    { size: 12, perLine: 34 },
  );
  return [...centred, ...body.lines];
}

const texts = (s: ReadonlySet<TextLine>) => [...s].map((l) => l.text);

describe('the title of a PDF', () => {
  it('joins a second line set a size smaller under a centred first line', () => {
    const lines = page([
      ['某某电气股份有限公司', 228, 18],
      ['2019年第三季度报告', 269, 16],
    ]);
    expect(texts(titleLines(lines, measure(lines)).title)).toEqual(['某某电气股份有限公司', '2019年第三季度报告']);
  });

  it('takes a joint notice’s stacked organs beside one 文件 for its masthead, not its title', () => {
    const lines = page([
      ['某某委员会办公厅', 135, 36],
      ['文件', 154, 36],
      ['某某总局办公厅', 170, 36],
      ['关于加强某某工作的通知', 276, 22],
    ]);
    const t = titleLines(lines, measure(lines));
    expect(texts(t.title)).toEqual(['关于加强某某工作的通知']);
    expect(texts(t.masthead)).toEqual(['某某委员会办公厅', '文件', '某某总局办公厅']);
  });

  it('takes a smaller centred lead-in ending mid-phrase over the title as the title’s first words', () => {
    const lines = page([
      ['How to Guide to', 200, 14],
      ['Changing a Name', 222, 16],
    ]);
    expect(texts(titleLines(lines, measure(lines)).title)).toEqual(['How to Guide to', 'Changing a Name']);
    const whole = page([
      ['Practice Guide', 200, 14],
      ['Changing a Name', 222, 16],
    ]);
    expect(texts(titleLines(whole, measure(whole)).title)).toEqual(['Changing a Name']);
  });

  it('takes a smaller centred line over a bigger centred title for the organ over it, not the title', () => {
    const lines = page([
      ['RIVERSIDE UNIFIED SCHOOL DISTRICT', 76, 24],
      ['Board of Trustees', 106, 28],
      ['Regular Meeting', 134, 28],
    ]);
    const t = titleLines(lines, measure(lines));
    expect(texts(t.title)).toEqual(['Board of Trustees', 'Regular Meeting']);
    expect(texts(t.masthead)).toEqual(['RIVERSIDE UNIFIED SCHOOL DISTRICT']);
  });
});
