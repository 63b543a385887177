import { describe, expect, it } from 'vitest';
import { compareDocNumbers, parseDocNumber } from '../../utils/library';

describe('compareDocNumbers', () => {
  it('orders by year, then number as a number', () => {
    const sorted = ['国发〔2019〕12号', '国发〔2018〕41号', '国发〔2019〕3号'].sort(compareDocNumbers);
    expect(sorted).toEqual(['国发〔2018〕41号', '国发〔2019〕3号', '国发〔2019〕12号']);
  });

  it('keeps 国办发 apart from 国发 instead of interleaving them by year', () => {
    const input = ['国发〔2019〕3号', '国办发〔2018〕5号', '国发〔2018〕41号', '国办发〔2020〕1号', '国发〔2020〕2号'];
    const codes = [...input].sort(compareDocNumbers).map((n) => parseDocNumber(n).code);
    // each issuer code forms one run
    expect(codes.filter((c, i) => c !== codes[i - 1])).toHaveLength(2);
    expect([...input].sort(compareDocNumbers).filter((n) => n.startsWith('国发'))).toEqual([
      '国发〔2018〕41号',
      '国发〔2019〕3号',
      '国发〔2020〕2号',
    ]);
  });

  it('reads the other bracket styles and numbers without a year', () => {
    expect(parseDocNumber('财税[2019]13号')).toEqual({ code: '财税', year: 2019, seq: 13 });
    expect(parseDocNumber('京政发（2021）7号')).toEqual({ code: '京政发', year: 2021, seq: 7 });
    expect(parseDocNumber('国令第707号')).toMatchObject({ code: '国令', seq: 707 });
    expect(['国令第707号', '国令第88号'].sort(compareDocNumbers)).toEqual(['国令第88号', '国令第707号']);
  });

  it('puts an empty number last', () => {
    expect(['', '国发〔2019〕3号'].sort(compareDocNumbers)).toEqual(['国发〔2019〕3号', '']);
    expect(compareDocNumbers('', '')).toBe(0);
  });
});
