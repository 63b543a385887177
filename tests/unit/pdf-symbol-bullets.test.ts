import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/pdf/read';
import type { PdfDocumentLike } from '../../utils/pdf/types';
import { item, PAGE_H, PAGE_W } from '../helpers/pdf-items';

/** A page whose list bullets are set in a symbol font (WordPerfect's): the glyph's slot is the letter `!`. */
function doc(): PdfDocumentLike {
  const bullet = (y: number) => ({ ...item({ text: '!', x: 144, y, size: 12, font: 'sym' }) });
  const text = (t: string, x: number, y: number) => item({ text: t, x, y, size: 12, font: 'body' });
  const items = [
    bullet(100),
    text('the institution has not received more than two notifications over the', 180, 100),
    text('past three years; and', 180, 114),
    bullet(128),
    text('the institution provides all of its users with informational materials', 180, 128),
    text('describing and promoting compliance with copyright law.', 180, 142),
  ];
  const fonts: Record<string, { name: string }> = { sym: { name: 'ELCKGH+WPTypographicSymbols' }, body: { name: 'Garamond' } };
  return {
    numPages: 1,
    getPage: async () => ({
      getViewport: () => ({ width: PAGE_W, height: PAGE_H }),
      getTextContent: async () => ({ items, styles: {} }),
      commonObjs: { has: (id: string) => id in fonts, get: (id: string) => fonts[id] },
    }),
    destroy: async () => undefined,
  };
}

describe('list bullets set in a symbol font', () => {
  it('read as •, not as the letter their slot maps to', async () => {
    const page = await readPage(doc(), 1);
    expect(page.lines.map((l) => l.text.slice(0, 6))).toEqual(['• the ', 'past t', '• the ', 'descri']);
  });
});
