import { describe, expect, it } from 'vitest';
import { cnNumber } from '../../scripts/lib/gen-basics';
import { generateLaw } from '../../scripts/lib/gen-law';
import { parseNumeral } from '../../utils/outline/numerals';

describe('generateLaw', () => {
  const law = generateLaw();

  it('is deterministic: the same seed gives the same page, another seed another', () => {
    expect(generateLaw().html).toBe(law.html);
    expect(generateLaw({ seed: 7 }).html).not.toBe(law.html);
  });

  it('produces the requested structure and about the requested number of characters', () => {
    expect(law.counts).toMatchObject({ books: 7, chapters: 80, articles: 1300 });
    expect(law.counts.sections).toBeGreaterThan(0);
    expect(law.counts.items).toBeGreaterThan(0);
    expect(Math.abs(law.counts.chars - 120_000)).toBeLessThan(120_000 * 0.05);
  });

  it('numbers the articles 第一条 … 第一千三百条 in order, each once in the body', () => {
    const labels = [...law.html.matchAll(/<p>　　第([零一二三四五六七八九十百千]+)条　/g)].map((m) => parseNumeral(m[1]!));
    expect(labels).toEqual(Array.from({ length: 1300 }, (_, i) => i + 1));
    expect(law.html.match(/<strong>第[^<]*编　/g)).toHaveLength(7);
    expect(law.html.match(/<strong>第[^<]*章　/g)).toHaveLength(80);
  });

  it('follows other counts when asked', () => {
    const small = generateLaw({ books: 2, chapters: 6, articles: 60, chars: 6000 });
    expect(small.counts).toMatchObject({ books: 2, chapters: 6, articles: 60 });
    expect(Math.abs(small.counts.chars - 6000)).toBeLessThan(600);
  });
});

describe('cnNumber', () => {
  it('writes numbers as Chinese laws print them', () => {
    expect([1, 10, 11, 20, 101, 110, 1001, 1010, 1260].map(cnNumber)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '一百零一',
      '一百一十',
      '一千零一',
      '一千零一十',
      '一千二百六十',
    ]);
  });
});
