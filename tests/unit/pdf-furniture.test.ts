import { describe, expect, it } from 'vitest';
import { dropFurniture, isPageNumber } from '../../utils/pdf/furniture';
import { line, page, PAGE_H } from '../helpers/pdf-items';

/** A page of body text with a running header and a page number in the footer. */
function pageWith(n: number, header: string | null, footer: string | null, body = `第${n}页的正文内容，一行一行排下去。`) {
  const lines = [];
  if (header) lines.push(line(header, 220, 50, n, 9));
  lines.push(line(body, 80, 200, n), line('另一行正文。', 80, 228, n));
  if (footer) lines.push(line(footer, 280, PAGE_H - 40, n, 10));
  return page(n, lines);
}

const texts = (pages: ReturnType<typeof dropFurniture>) => pages.map((p) => p.lines.map((l) => l.text));

describe('PDF page furniture', () => {
  it('knows page numbers as printers set them', () => {
    for (const s of [
      '3',
      '- 3 -',
      '—3—',
      '－ 12 －',
      '第 3 页',
      '第3页 共12页',
      '共 12 页 第 3 页',
      'Page 3',
      'Page 3 of 12',
      '3 / 12',
      'iv',
    ])
      expect(isPageNumber(s), s).toBe(true);
    for (const s of ['第三条', '2025年', '3. Interpretation', 'Page three', '一、总体要求']) expect(isPageNumber(s), s).toBe(false);
  });

  it('drops a running header seen at the same height on most pages, and the page numbers', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => pageWith(n, n === 1 ? null : '某某市生活垃圾分类管理条例', `- ${n} -`));
    const out = texts(dropFurniture(pages));
    for (const [i, p] of out.entries()) expect(p).toEqual([`第${i + 1}页的正文内容，一行一行排下去。`, '另一行正文。']);
  });

  it('treats a header whose digits change (an issue number, a date) as the same header', () => {
    const pages = [1, 2, 3].map((n) => pageWith(n, `国务院公报 2025年第${n + 6}号`, null));
    expect(texts(dropFurniture(pages)).flat()).not.toContain('国务院公报 2025年第7号');
  });

  it('keeps a line that repeats in the body (not in a top or bottom band), and a band line seen on too few pages', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => pageWith(n, n <= 2 ? '附件1' : null, null, '各地要认真贯彻执行。'));
    const out = texts(dropFurniture(pages));
    expect(out.every((p) => p.includes('各地要认真贯彻执行。'))).toBe(true);
    expect(out[0]).toContain('附件1'); // 2 of 6 pages: not a running header
  });

  it('needs both pages of a two-page document, and never drops a one-page document’s top line but a page number', () => {
    const two = [1, 2].map((n) => pageWith(n, 'Community Libraries Act 2024', `Page ${n} of 2`));
    expect(texts(dropFurniture(two)).flat()).not.toContain('Community Libraries Act 2024');
    const one = [pageWith(1, 'Community Libraries Act 2024', 'Page 1 of 1')];
    expect(texts(dropFurniture(one))[0]).toEqual(['Community Libraries Act 2024', '第1页的正文内容，一行一行排下去。', '另一行正文。']);
  });

  it('does not take a header at a different height on other pages for the same furniture', () => {
    const pages = [1, 2, 3].map((n) => page(n, [line('总则', 280, n === 1 ? 50 : 120 + n * 200, n), line('正文。', 80, 300, n)]));
    // page 1 has it in the band; pages 2 and 3 have it in the body: only one page in the band at that height
    expect(texts(dropFurniture(pages))[0]).toContain('总则');
  });
});
