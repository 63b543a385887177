/**
 * A small table at the foot of a page (a guide's "Also in this Guide:" list: number, name, page) and, at the top of
 * the next page, a heading with a side note set beside it in the margin: the two make a line of two cells, but not a
 * row of the table above, whose columns it does not share.
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../utils/pdf/layout';
import { itemsToLines, toItems } from '../../utils/pdf/lines';
import { tableRuns } from '../../utils/pdf/tables';
import { content, PAGE_H, paragraph, type Placed } from '../helpers/pdf-items';

const row = (n: string, name: string, pg: string, y: number): Placed[] => [
  { text: n, x: 180, y, size: 12 },
  { text: name, x: 216, y, size: 12 },
  { text: pg, x: 360, y, size: 12 },
];
const body = (text: string, y: number) =>
  paragraph(text, y, { size: 12, perLine: 40 }).lines.map((l) => ({ text: l.text, x: l.x, y: l.y, size: 12 }));

describe('a table over a page break', () => {
  const page1: Placed[] = [
    ...body('This guide explains how an adult asks the court for a new legal name and what happens after the petition is filed.', 100),
    ...row('2.', 'Step-by-Step Guide', 'Pg. 2', 700),
    ...row('3.', 'Common Terms', 'Pg. 4', 720),
    ...row('4.', 'Filing Fees', 'Pg. 5', 740),
  ];
  const page2: Placed[] = [
    { text: '2.', x: 86, y: 80, size: 16 },
    { text: 'Step-by-Step Guide', x: 144, y: 80, size: 16 },
    { text: 'Terms defined on page 4.', x: 427, y: 80, size: 10.5 },
    ...body('Schedule an appointment to be fingerprinted at a police department or an approved vendor near where you live.', 120),
  ];
  const lines = [...itemsToLines(toItems(content(page1), PAGE_H), 1), ...itemsToLines(toItems(content(page2), PAGE_H), 2)];

  it('ends at the page when the next page’s first two-cell line shares none of its columns', () => {
    const runs = tableRuns(lines, measure(lines));
    const head = lines.findIndex((l) => l.page === 2 && l.text.includes('Step-by-Step'));
    expect(runs.length).toBe(1);
    expect(runs[0]![1]).toBeLessThan(head);
  });

  it('goes on over the break in its own columns', () => {
    const more = [...row('5.', 'All Forms', 'Pg. 5', 80), ...row('6.', 'ADA Information', 'Pg. 5', 100)];
    const two = [...itemsToLines(toItems(content(page1), PAGE_H), 1), ...itemsToLines(toItems(content(more), PAGE_H), 2)];
    expect(tableRuns(two, measure(two))).toEqual([[two.findIndex((l) => l.text.startsWith('2.')), two.length - 1]]);
  });
});
