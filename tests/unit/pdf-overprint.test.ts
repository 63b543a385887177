/**
 * A page printed from a browser whose font has no bold face: each bold run is drawn twice in the same place, so the
 * text layer holds every bold head twice (in pieces, one copy after the other). The reader sees each head once.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPdf, type PdfJsLike, type PdfTextContent } from '../../utils/pdf';
import { itemsToLines, toItems } from '../../utils/pdf/lines';
import { content, PAGE_H, PAGE_W, paragraph, type Placed } from '../helpers/pdf-items';

function fakePdfjs(pages: PdfTextContent[]): PdfJsLike {
  return {
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
}

const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const at = (p: ReturnType<typeof paragraph>): Placed[] => p.lines.map((l) => ({ text: l.text, x: l.x, y: l.y }));

/** A bold line drawn as the print draws it: its pieces, then the same pieces again over them. */
function faux(pieces: string[], x: number, y: number, size = 16): Placed[] {
  const once: Placed[] = [];
  let left = x;
  for (const p of pieces) {
    once.push({ text: p, x: left, y, size });
    left += [...p].length * size;
  }
  return [...once, ...once];
}

describe('text drawn twice over itself (a browser print’s synthetic bold)', () => {
  it('reads each doubled run once', () => {
    const lines = itemsToLines(
      toItems(content([...faux(['附件1'], 80, 100), ...faux(['地方', '政府专项债券', '项目清单'], 120, 140, 20)]), PAGE_H),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['附件1', '地方政府专项债券项目清单']);
  });

  it('keeps the notice’s heads and its attachment’s title whole', async () => {
    const lead = paragraph('为进一步做好专项债券管理工作，经国务院同意，现就有关事项通知如下，请认真贯彻落实，确保各项任务落到实处。', 160);
    const b1 = paragraph('各地区要认真梳理项目清单，严格按照规定程序审核，加强资金使用监管，确保项目建设顺利推进并按期完成。', lead.y + 24);
    const b2 = paragraph('各有关部门要加强协调配合，及时研究解决实施中遇到的困难和问题，重大事项及时报告，确保政策落地见效。', b1.y + 24);
    const p1: Placed[] = [
      { text: '某某市人民政府办公厅关于加强专项债券管理的通知', x: 100, y: 100, size: 22 },
      ...at(lead),
      ...faux(['一、', '扩大', '投向领域'], 112, lead.y),
      ...at(b1),
      ...faux(['二、', '完善项目', '管理'], 112, b1.y),
      ...at(b2),
      ...faux(['附件1'], 80, b2.y + 30),
      ...faux(['专项债券', '禁止类项目', '清单'], 160, b2.y + 70, 20),
      ...at(paragraph('一、完全无收益的项目', b2.y + 110)),
      ...at(paragraph('二、楼堂馆所', b2.y + 150)),
    ];
    const r = await extractPdf(fakePdfjs([content(p1)]), new Uint8Array(1000), 'https://www.example.gov.cn/tongzhi.pdf', {
      createDocument,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.outline.map((e) => [e.level, e.label, e.title])).toEqual([
      [1, '一、', '扩大投向领域'],
      [1, '二、', '完善项目管理'],
      [1, '附件1', '专项债券禁止类项目清单'],
      [2, '一、', '完全无收益的项目'],
      [2, '二、', '楼堂馆所'],
    ]);
  });
});
