/**
 * A Word guideline whose heads differ from its text only by typeface (lost in the text layer): the Contents list names
 * them, indented by level, and the body lines that print an entry are those heads.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { pagesToDocument } from '../../utils/pdf';
import { line, page } from '../helpers/pdf-items';

const doc = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const SIZE = 11;
const FILL = 'The practice should review each patient at the annual check and record the outcome in the notes';

/** A page of body lines at x=54: each head a short plain line, then two full lines of text under it. */
function body(n: number, heads: string[], wrapped: Record<string, string> = {}) {
  const lines = [];
  let y = 80;
  for (const h of heads) {
    lines.push(line(h, 54, y, n, SIZE));
    y += 16;
    if (wrapped[h]) {
      lines.push(line(wrapped[h], 54, y, n, SIZE));
      y += 16;
    }
    for (let k = 0; k < 2; k++, y += 16) lines.push(line(`${FILL} ${k}.`, 54, y, n, SIZE));
    y += 10;
  }
  return page(n, lines);
}

const entry = (text: string, x: number, p: number, i: number) => line(`${text} ${'.'.repeat(40)} ${p}`, x, 140 + i * 16, 1, SIZE);

describe('heads named by a Contents list', () => {
  const cover = page(1, [
    line('Blood Glucose Monitoring Guideline', 54, 60, 1, 20),
    line('Contents', 54, 100, 1, 16),
    entry('Who should be offered monitoring?', 54, 2, 0),
    entry('Frequency of monitoring', 54, 2, 1),
    entry('Diabetes and Driving', 54, 3, 2),
    entry('DVLA precautions for insulin users', 65, 3, 3),
    entry('DVLA Guidance', 65, 3, 4),
    line('Initiating monitoring - Provide Appropriate Information to Support Person', 54, 220, 1, SIZE),
    entry('with Diabetes to self-manage', 54, 3, 5.5),
    entry('References', 54, 4, 6.5),
  ]);
  const pages = [
    cover,
    body(2, ['Who should be offered monitoring?', 'Frequency of monitoring']),
    body(
      3,
      ['Diabetes and Driving', 'DVLA precautions for insulin users', 'DVLA Guidance', 'Initiating monitoring - Provide Appropriate'],
      {
        'Initiating monitoring - Provide Appropriate': 'Information to Support Person with Diabetes to self-manage',
      },
    ),
    body(4, ['References']),
  ];

  it('are heads at the level of their indent, a head wrapped over two lines joined, the title without "Contents"', () => {
    const out = extractArticle(pagesToDocument(pages, doc(), ''), 'https://example.nhs.uk/guideline.pdf');
    if (!out.ok) throw new Error(out.message);
    expect(out.page.title).toBe('Blood Glucose Monitoring Guideline');
    expect(out.page.outline.map((h) => [h.level, h.title])).toEqual([
      [1, 'Who should be offered monitoring?'],
      [1, 'Frequency of monitoring'],
      [1, 'Diabetes and Driving'],
      [2, 'DVLA precautions for insulin users'],
      [2, 'DVLA Guidance'],
      [1, 'Initiating monitoring - Provide Appropriate Information to Support Person with Diabetes to self-manage'],
      [1, 'References'],
    ]);
  });

  it('need three entries found in the body: two are no evidence', () => {
    const few = [cover, body(2, ['Who should be offered monitoring?', 'Frequency of monitoring'])];
    const out = extractArticle(pagesToDocument(few, doc(), ''), 'https://example.nhs.uk/guideline.pdf');
    expect(out.ok && out.page.outline).toEqual([]);
  });
});
