import { describe, expect, it } from 'vitest';
import { fold, toOriginal } from '../../utils/anchoring/normalize';

describe('fold', () => {
  it('drops whitespace, folds width and case, and maps back to original offsets', () => {
    const f = fold('Ａ，B 。\n…c');
    expect(f.text).toBe('a,b....c');
    expect(toOriginal(f, 1, 4)).toEqual({ start: 1, end: 5 });
  });
});
