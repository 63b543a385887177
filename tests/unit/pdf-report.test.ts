/**
 * A 政府信息公开年度报告-style PDF, built from text items in code: run-in 一、/（一） heads, statutory tables whose
 * row labels are numbered like heads (and a 第X条第（Y）项 caption over them), no 发文机关 field and no signature.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPdf, type PdfJsLike, type PdfTextContent } from '../../utils/pdf';
import { pdfIssuer } from '../../utils/pdf/issuer';
import { itemsToLines, toItems } from '../../utils/pdf/lines';
import { measure } from '../../utils/pdf/layout';
import { tableRuns } from '../../utils/pdf/tables';
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

/** A table row: its label cell at x=80, its figures in columns at 300, 360, 420, 480 (12pt). */
const row = (label: string, figures: string[], y: number): Placed[] => [
  { text: label, x: 80, y, size: 12 },
  ...figures.map((f, i) => ({ text: f, x: 300 + i * 60, y, size: 12 })),
];

function report(): PdfTextContent[] {
  const intro = paragraph(
    '本报告由某某县人民政府办公室依据政府信息公开条例编制，所列数据的统计期限自本年一月一日起至十二月三十一日止。',
    220,
  );
  const h1 = paragraph('一、总体情况', intro.y);
  const c1 = paragraph('（一）主动公开情况。全年通过政府门户网站主动公开各类政府信息，涵盖政策文件、财政预决算和重点领域信息。', h1.y);
  const c2 = paragraph('（二）依申请公开情况。进一步规范申请接收、登记、办理和答复等环节，依法保障申请人的合法权益。', c1.y);
  const h2 = paragraph('二、收到和处理政府信息公开申请情况', c2.y);
  let y = h2.y;
  const table: Placed[] = [{ text: '第二十条第（五）项', x: 240, y, size: 12 }];
  y += 24;
  const rows: Array<[string, string[]]> = [
    ['一、本年新收申请数量', ['12', '0', '3', '15']],
    ['二、上年结转申请数量', ['0', '0', '0', '0']],
    ['（一）予以公开', ['8', '0', '2', '10']],
    ['（二）不予公开', ['1', '0', '0', '1']],
    ['三、结转下年度办理', ['3', '0', '1', '4']],
  ];
  for (const [label, figures] of rows) {
    table.push(...row(label, figures, y));
    y += 22;
  }
  const h3 = paragraph('三、存在的主要问题及改进情况', y + 10);
  const c3 = paragraph('个别部门对复杂申请的研判能力不足，下一步将加强业务培训，提升答复质量。', h3.y);
  const p1: Placed[] = [
    { text: '某某县人民政府', x: 220, y: 100, size: 22 },
    { text: '2025年政府信息公开工作年度报告', x: 120, y: 140, size: 22 },
    ...at(intro),
    ...at(h1),
    ...at(c1),
    ...at(c2),
    ...at(h2),
    ...table,
    ...at(h3),
    ...at(c3),
  ];
  return [content(p1)];
}

describe('a PDF report with statutory tables', () => {
  it('keeps the tables out of the outline, reads the run-in heads and takes the issuer from the title', async () => {
    const r = await extractPdf(fakePdfjs(report()), new Uint8Array(1000), 'https://www.example.gov.cn/2025nb.pdf', { createDocument });
    if (!r.ok) throw new Error(r.error.message);
    const p = r.value;
    expect(p.title).toBe('某某县人民政府2025年政府信息公开工作年度报告');
    expect(p.outline.map((e) => [e.level, e.label, e.title])).toEqual([
      [1, '一、', '总体情况'],
      [2, '（一）', '主动公开情况'],
      [2, '（二）', '依申请公开情况'],
      [1, '二、', '收到和处理政府信息公开申请情况'],
      [1, '三、', '存在的主要问题及改进情况'],
    ]);
    expect(p.html).toMatch(/<table>[\s\S]*<td>（一）予以公开<\/td><td>8<\/td>/);
    expect(p.policy.issuer).toBe('某某县人民政府');
  });
});

describe('PDF tables', () => {
  const runs = (placed: Placed[]) => {
    const lines = itemsToLines(toItems(content(placed), PAGE_H), 1);
    return { lines, runs: tableRuns(lines, measure(lines)) };
  };

  it('finds rows of aligned cells, with a wrapped cell between them', () => {
    const { lines, runs: found } = runs([
      ...paragraph('下表列出本年度各类事项的办理结果，具体数据如下所示，供社会公众查阅。', 100).lines.map((l) => ({
        text: l.text,
        x: l.x,
        y: l.y,
      })),
      ...row('行政许可', ['9487', '12'], 200),
      { text: '（其中网上办理）', x: 80, y: 222, size: 12 },
      ...row('行政处罚', ['2776', '3'], 244),
    ]);
    expect(found).toEqual([[lines.findIndex((l) => l.text.startsWith('行政许可')), lines.length - 1]]);
  });

  it('does not take a list of numbers hung before their text, or letter-spaced heads, for a table', () => {
    const items: Placed[] = [
      { text: '1.', x: 50, y: 100, size: 12 },
      { text: 'CALL TO ORDER', x: 90, y: 100, size: 12 },
      { text: '2.', x: 50, y: 130, size: 12 },
      { text: 'PUBLIC COMMENT', x: 90, y: 130, size: 12 },
      { text: '第一章', x: 200, y: 200 },
      { text: '总', x: 280, y: 200 },
      { text: '则', x: 340, y: 200 },
      { text: '第一节', x: 200, y: 240 },
      { text: '一', x: 280, y: 240 },
      { text: '般', x: 340, y: 240 },
    ];
    expect(runs(items).runs).toEqual([]);
  });
});

describe('pdfIssuer', () => {
  it('reads a labelled issuer line, an AGENCY line wrapped in its column, or the organ a report title opens with', () => {
    expect(pdfIssuer('某某区2026年区级部门预算', '目录\n预算主管部门：某某区司法局\n编制说明')).toBe('某某区司法局');
    expect(pdfIssuer('47698', 'DEPARTMENT OF TRANSPORTATION\nAGENCY: Federal Aviation\nAdministration (FAA), DOT.\nACTION: Notice')).toBe(
      'Federal Aviation Administration',
    );
    expect(pdfIssuer('某某发展股份有限公司2019年半年度报告', '')).toBe('某某发展股份有限公司');
    expect(pdfIssuer('某某市自然资源局2023年度部门决算', '')).toBe('某某市自然资源局');
    expect(pdfIssuer('某某市人民政府关于加强安全生产的意见', '')).toBe('某某市人民政府');
  });

  it('names no issuer where the title names none', () => {
    expect(pdfIssuer('安全生产工作要点', '一、总体要求')).toBe('');
    expect(pdfIssuer('Board of Education Special Meeting AGENDA', 'Welcome to the meeting.')).toBe('');
  });

  it("takes the office an English cover credits, before the kind of paper it wrote, and no generic 'The Office'", () => {
    const cover = 'THE RIVER FISHERIES ACT OF 2004 National Rivers Authority Summary\nMarch 2005\nINTRODUCTION';
    expect(pdfIssuer('The River Fisheries Act of 2004', cover)).toBe('National Rivers Authority');
    expect(pdfIssuer('Annual Report', 'Annual Report\nThe Office Report\nINTRODUCTION')).toBe('');
    // only the cover's lines: an office named further down is no credit
    expect(pdfIssuer('Notes', 'Notes\nIntroduction\nSee the National Rivers Authority Report')).toBe('');
  });
  it('takes the body a declaration or resolution names on its own line under the title', () => {
    expect(
      pdfIssuer(
        'A Declaration of the Rights of the Commons, 1791',
        'Constituent Assembly of Ruritania\nThe representatives of the people…',
      ),
    ).toBe('Constituent Assembly of Ruritania');
    expect(pdfIssuer('Resolution on Ferries', 'The General Assembly,\nRecalling its earlier resolutions…')).toBe('General Assembly');
    // an assembly named in the text's prose is no such line
    expect(pdfIssuer('Rules of Order', 'Members of the Assembly shall rise to speak.\nThe Chair may call a vote.')).toBe('');
  });
});
