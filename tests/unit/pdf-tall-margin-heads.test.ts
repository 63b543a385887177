import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../utils/pdf/furniture';
import { line, page } from '../helpers/pdf-items';

// A slip opinion's page: a tall top margin, then `Cite as: …` / the short caption over `Opinion of the Court`, set
// lower than a page's top band, before the text.
function opinionPage(n: number) {
  const head = n % 2 ? `Cite as: 512 U. S. ____ (2024) ${n}` : `${n} BRANDVOLD v. LAKESHORE TRANSIT AUTH.`;
  return page(n, [
    line(head, 100, 123, n, 9),
    line('Opinion of the Court', 250, 146, n, 9),
    line(`The text of page ${n} runs on here, a line of the opinion.`, 100, 167, n),
    line('And another line of it, further down the page.', 100, 180, n),
  ]);
}

describe('running heads in a tall margin', () => {
  it('drops the heads a page sets first, below its top band, when most pages repeat them', () => {
    const out = dropFurniture([1, 2, 3, 4, 5, 6].map(opinionPage)).map((p) => p.lines.map((l) => l.text));
    for (const [i, p] of out.entries())
      expect(p).toEqual([
        `The text of page ${i + 1} runs on here, a line of the opinion.`,
        'And another line of it, further down the page.',
      ]);
  });
});
