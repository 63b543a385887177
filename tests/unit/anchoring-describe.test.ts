import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../utils/anchoring';
import { LAW, sel } from '../helpers/anchoring-law';

describe('describeTextRange', () => {
  it('keeps ~32 characters of context, clipped at the text bounds', () => {
    const s = sel(LAW, '第一章');
    expect(s).toMatchObject({ quote: '第一章', prefix: '', start: 0, end: 3, outlinePath: ['第一章'] });
    expect(s.suffix).toHaveLength(32);
    const t = sel(LAW, '接受社会公众的监督。');
    expect(t.prefix).toHaveLength(32);
    expect(t.suffix).toBe('');
  });
  it('clamps, orders and never splits a surrogate pair', () => {
    expect(describeTextRange('abc', 5, -2)).toMatchObject({ quote: 'abc', start: 0, end: 3 });
    const s = describeTextRange('甲𠀋乙', 2, 3);
    expect(s.quote).toBe('𠀋');
  });
});
