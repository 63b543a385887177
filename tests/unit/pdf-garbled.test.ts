import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPdf, type PdfJsLike, type PdfTextContent } from '../../utils/pdf';
import { garbledShare } from '../../utils/pdf/garbled';
import { content, line, page, PAGE_H, PAGE_W } from '../helpers/pdf-items';

/** What a CJK font without a Unicode map yields: glyph numbers read as ASCII and Latin-1, CJK punctuation intact. */
const GARBLED = [
  'ÅÆ34"#ÙÚ，Ç5$%&õ¿ØÙ。',
  '+,-ÈÉ01Â(ÃK)*，ßàÝÞ78。',
  '（ÊËÌ）@AB&î_)ô6，DEÍÎ。',
  'ÏÐ9:;<ÑÒ、ÓÔ=>?ÕÖ。',
  '\ue012\ue013\ue014\ufffd\ufffd。',
];

describe('a garbled text layer', () => {
  it('counts lines punctuated as Chinese with no Chinese in them, Latin-1 runs and broken code points', () => {
    expect(
      garbledShare([
        page(
          1,
          GARBLED.map((t, i) => line(t, 80, 100 + i * 28)),
        ),
      ]),
    ).toBeGreaterThan(0.9);
  });

  it('leaves real text alone: Chinese with English and figures, French accents, a wrapped line without a character', () => {
    const real = [
      '根据《中华人民共和国政府信息公开条例》（国令第711号），现将2024年度报告公布如下。',
      '本规范依据GB/T 1.1—2009给出的规则起草，适用于SM2、SM3算法。',
      'Le règlement (UE) 2016/679 s’applique à la protection des données à caractère personnel.',
      '2024，12，31。',
      'Section 39.13 is amended by adding the following new airworthiness directive.',
    ];
    expect(
      garbledShare([
        page(
          1,
          real.map((t, i) => line(t, 80, 100 + i * 28)),
        ),
      ]),
    ).toBeLessThan(0.25);
  });

  it('refuses the file like a scan, with its own message, instead of clipping garbage', async () => {
    const pages: PdfTextContent[] = [content(GARBLED.map((text, i) => ({ text, x: 80, y: 100 + i * 28 }))), content([])];
    const pdfjs: PdfJsLike = {
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: pages.length,
          getPage: async (n: number) => ({
            getViewport: () => ({ width: PAGE_W, height: PAGE_H }),
            getTextContent: async () => pages[n - 1]!,
          }),
          destroy: async () => undefined,
        }),
      }),
    };
    const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
    const r = await extractPdf(pdfjs, new Uint8Array(1000), 'https://x.cn/std.pdf', { createDocument });
    expect(!r.ok && r.error).toMatchObject({ code: 'no-text-layer', key: 'pdf.error.garbledText' });
  });
});
