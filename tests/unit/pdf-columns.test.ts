import { describe, expect, it } from 'vitest';
import { gutters, readingGroups } from '../../utils/pdf/columns';
import { itemsToLines } from '../../utils/pdf/lines';
import type { Item } from '../../utils/pdf/types';

const it_ = (str: string, x: number, y: number, w = 150, size = 9): Item => ({ str, x, y, w, size, bold: false });

/** A page of two columns (x 50–200 and 220–370), 20 lines each, under a title that spans both. */
function twoColumns(): Item[] {
  const items = [it_('A title across both columns of the page', 50, 40, 320, 14)];
  for (let i = 0; i < 20; i++) items.push(it_(`left ${i}`, 50, 80 + i * 12), it_(`right ${i}`, 220, 80 + i * 12));
  return items;
}

describe('PDF columns', () => {
  it('finds the gutter between two columns, and reads each column top to bottom after the spanning title', () => {
    const items = twoColumns();
    const [g, ...more] = gutters(items);
    expect(more).toEqual([]);
    expect(g![0]).toBeGreaterThanOrEqual(200);
    expect(g![1]).toBeLessThanOrEqual(222);
    const lines = readingGroups(items).flatMap((g) => itemsToLines(g, 1).map((l) => l.text));
    expect(lines.slice(0, 3)).toEqual(['A title across both columns of the page', 'left 0', 'left 1']);
    expect(lines.indexOf('right 0')).toBe(21); // after all of the left column
  });

  it('leaves a one-column page alone, ragged right edge and word gaps included', () => {
    const items: Item[] = [];
    for (let i = 0; i < 30; i++)
      items.push(it_(`line ${i} of the text`, 50, 80 + i * 12, 280 + (i % 5) * 10), it_('word', 335 + (i % 5) * 10 + 3, 80 + i * 12, 20));
    expect(gutters(items)).toEqual([]);
    expect(readingGroups(items)).toHaveLength(1);
  });
});

describe('PDF columns under a table set across them', () => {
  /**
   * A Federal Register page: three columns (x 45–210, 222–390, 399–560), a cost table at its top whose rows run from
   * the first column over the second (x 45–333), then 40 lines of text in each column.
   */
  function page(tableRows: number): Item[] {
    const items: Item[] = [];
    for (let r = 0; r < tableRows; r++) items.push(it_(`Table row ${r} ........ work-hours × $85 per hour =`, 45, 90 + r * 9, 288, 8));
    const top = 100 + tableRows * 9;
    for (let i = 0; i < 40; i++)
      items.push(
        it_(`first ${i}`, 45, top + i * 10, 165),
        it_(`second ${i}`, 222, top + i * 10, 168),
        it_(`third ${i}`, 399, top + i * 10, 160),
      );
    return items;
  }

  it('finds the gutter the table rows cross, and reads the table rows as spanning lines before the columns', () => {
    const items = page(6);
    expect(gutters(items)).toHaveLength(2);
    const lines = readingGroups(items).flatMap((g) => itemsToLines(g, 1).map((l) => l.text));
    expect(lines.slice(0, 6).every((l) => l.startsWith('Table row'))).toBe(true);
    expect(lines.slice(6, 8)).toEqual(['first 0', 'first 1']);
    expect(lines.indexOf('second 0')).toBe(46);
  });

  it('does not take a gap the text crosses all down the page for a gutter', () => {
    const items = page(0);
    // a line of the first column, every fourth, runs on over the gap into the second column's place
    for (let i = 0; i < 40; i += 4) items.push(it_('a long line across', 45, 100 + i * 10 + 4, 288, 9));
    expect(gutters(items).length).toBeLessThan(2);
  });
});

describe('PDF columns on hostile pages', () => {
  it('copes with a page of 200,000 single-glyph items and with nonsense positions', () => {
    const many: Item[] = Array.from({ length: 200_000 }, (_, k) =>
      it_('字', 50 + (k % 300) * 1.5, 80 + Math.floor(k / 300) * 1.2, 1.5, 1.5),
    );
    expect(() => readingGroups(many)).not.toThrow();
    const odd = [it_('a', NaN, 10), it_('b', Infinity, 20), ...Array.from({ length: 30 }, (_, k) => it_(`x${k}`, 50, 30 + k * 10))];
    expect(readingGroups(odd).flat()).toHaveLength(32);
  });
});
