import { describe, expect, it } from 'vitest';
import { itemsToLines, toItems } from '../../utils/pdf/lines';
import { measure } from '../../utils/pdf/layout';
import { toBlocks } from '../../utils/pdf/paragraphs';
import type { TextLine } from '../../utils/pdf';
import { advance, content, line, PAGE_H } from '../helpers/pdf-items';

const SIZE = 9;
const WIDTH = 357; // the text block, the same on both sides of the book
/** Latin words filling `w` points at SIZE (helpers: a Latin letter is half an em). */
const words = (w: number, seed = 'provision') => {
  let s = '';
  let i = 0;
  while (advance(`${s} ${seed}${i}`.trim(), SIZE) <= w) s = `${s} ${seed}${i++}`.trim();
  return s;
};

/**
 * A statute's numbered paragraphs set with hanging indents ("1. …" at the margin, its further lines under its text,
 * a lettered point "(a) …" indented again), on pages whose text block sits 25 points further right on even pages.
 */
function bookPage(page: number, y0 = 100): TextLine[] {
  const left = page % 2 ? 50 : 75;
  const out: TextLine[] = [];
  let y = y0;
  // a full line is justified to the block's right edge
  const put = (text: string, x: number, full = true) => {
    out.push({ ...line(text, x, y, page, SIZE), ...(full ? { x2: left + WIDTH } : {}) });
    y += 11.5;
  };
  for (let n = 1; n <= 3; n++) {
    put(`${n}. ${words(WIDTH - 10, `p${page}n${n}w`)}`, left);
    put(words(WIDTH - 31, `p${page}c${n}w`), left + 31);
    put(words(WIDTH - 31, `p${page}d${n}w`), left + 31);
    put(words(120, `p${page}e${n}w`), left + 31, false);
    y += 6;
  }
  put(`(a) ${words(WIDTH - 31 - 10, `p${page}a`)}`, left + 31);
  // the point's short last line: with margins of 62 and 75 points it looks centred on its own
  put(words(WIDTH - 62 - 75, `p${page}b`), left + 62, false);
  return out;
}

describe('PDF books: mirrored margins and hanging indents', () => {
  it('rebuilds each numbered paragraph and lettered point on both sides of the book', () => {
    const lines = [1, 2, 3, 4].flatMap((p) => bookPage(p));
    const blocks = toBlocks(lines, measure(lines));
    expect(blocks.map((b) => b.text.slice(0, 4))).toEqual([1, 2, 3, 4].flatMap(() => ['1. p', '2. p', '3. p', '(a) ']));
    expect(blocks.every((b) => b.kind === 'p' && !b.centered)).toBe(true);
  });

  it("cuts a heading's note mark, set small and raised at the line's end, off its number", () => {
    const c = content([
      { text: 'Article 5', x: 75, y: 100, size: 10 },
      { text: '1', x: 113.7, y: 96.7, size: 5.8 },
      { text: 'Article 8', x: 75, y: 130, size: 10 },
      { text: '2 3', x: 113.7, y: 126.7, size: 5.8 },
      // a mark inside a line stays, a word of its own
      { text: 'disagree alert,', x: 75, y: 160, size: 10 },
      { text: '5', x: 151, y: 156.7, size: 5.8 },
      { text: 'and may affect', x: 156, y: 160, size: 10 },
    ]);
    expect(itemsToLines(toItems(c, PAGE_H), 1).map((l) => l.text)).toEqual(['Article 5', 'Article 8', 'disagree alert, 5 and may affect']);
  });
});
