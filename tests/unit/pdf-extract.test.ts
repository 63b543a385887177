import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPdf, nameFromUrl, type PdfJsLike, type PdfTextContent } from '../../utils/pdf';
import { content, PAGE_H, PAGE_W, paragraph, type Placed } from '../helpers/pdf-items';

/** A pdfjs stand-in serving the given pages' text content. */
function fakePdfjs(pages: PdfTextContent[], opts: { fail?: Error; title?: string } = {}): PdfJsLike & { destroyed: number } {
  const fake = {
    destroyed: 0,
    getDocument: () => ({
      promise: opts.fail
        ? Promise.reject(opts.fail)
        : Promise.resolve({
            numPages: pages.length,
            getPage: async (n: number) => ({
              getViewport: () => ({ width: PAGE_W, height: PAGE_H }),
              getTextContent: async () => pages[n - 1]!,
            }),
            getMetadata: async () => ({ info: { Title: opts.title ?? '' } }),
            destroy: async () => void fake.destroyed++,
          }),
    }),
  };
  return fake;
}

const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;
const bytes = new Uint8Array(1000);

/** A notice over two pages: title, 文号, body with numbered heads (26 ems a line), signature; '- N -' footers. */
function notice(): PdfTextContent[] {
  const at = (t: ReturnType<typeof paragraph>['lines']): Placed[] => t.map((l) => ({ text: l.text, x: l.x, y: l.y }));
  const intro = paragraph('为加强城市道路管理，保障道路完好，提升城市运行效率，现就有关事项通知如下。', 268);
  const h1 = paragraph('一、明确管理责任', intro.y);
  const duty = paragraph('各区人民政府负责本辖区城市道路的管理工作，市政府各部门按照职责分工做好相关工作，确保道路设施完好。', h1.y);
  const onP2 = duty.lines.pop()!; // the paragraph runs over the page break
  const p1: Placed[] = [
    { text: '某某市人民政府办公室关于加强', x: 150, y: 120, size: 22 },
    { text: '城市道路管理的通知', x: 200, y: 152, size: 22 },
    { text: '某政办发〔2024〕7号', x: 220, y: 200 },
    { text: '各区人民政府，市政府各部门：', x: 80, y: 240 },
    ...at(intro.lines),
    ...at(h1.lines),
    ...at(duty.lines),
    { text: '- 1 -', x: 285, y: 800, size: 12 },
  ];
  const h2 = paragraph('二、加强日常巡查', 138);
  const patrol = paragraph('道路管理单位应当建立巡查制度，及时发现和处理道路损坏问题。', h2.y);
  const p2: Placed[] = [
    { text: onP2.text, x: 80, y: 110 },
    ...at(h2.lines),
    ...at(patrol.lines),
    { text: '某某市人民政府办公室', x: 496 - 10 * 16 - 32, y: patrol.y + 40 },
    { text: '2024年5月8日', x: 496 - 12 * 8 - 32, y: patrol.y + 68 },
    { text: '- 2 -', x: 285, y: 800, size: 12 },
  ];
  return [content(p1), content(p2)];
}

describe('extractPdf', () => {
  it('clips a PDF through the page pipeline: title, 文号, signature, outline, page anchors, no page numbers', async () => {
    const progress: Array<[number, number]> = [];
    const pdfjs = fakePdfjs(notice());
    const r = await extractPdf(pdfjs, bytes, 'https://www.example.gov.cn/files/notice.pdf', {
      createDocument,
      onProgress: (d, t) => progress.push([d, t]),
    });
    if (!r.ok) throw new Error(r.error.message);
    const p = r.value;
    expect(p.title).toBe('某某市人民政府办公室关于加强城市道路管理的通知');
    expect(p.policy).toMatchObject({ docNumber: '某政办发〔2024〕7号', issuer: '某某市人民政府办公室', writtenDate: '2024-05-08' });
    expect(p.outline.map((e) => [e.level, e.label, e.title])).toEqual([
      [1, '一、', '明确管理责任'],
      [1, '二、', '加强日常巡查'],
    ]);
    expect(p.text).toContain('按照职责分工做好相关工作，确保道路设施完好。'); // joined over the page break
    expect(p.text).not.toMatch(/- [12] -/);
    expect(p.html).toContain('id="page-1"');
    expect(p.html).toContain('id="page-2"');
    expect(p).toMatchObject({ source: 'pdf', pageCount: 2, lang: 'zh-CN', mode: 'article' });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(pdfjs.destroyed).toBe(1);
  });

  it('refuses too many pages or bytes with a clear message, before reading pages', async () => {
    const many = fakePdfjs(Array.from({ length: 12 }, () => content([{ text: '正文', x: 80, y: 100 }])));
    const r = await extractPdf(many, bytes, 'https://x.cn/a.pdf', { createDocument, maxPages: 10 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'too-large', key: 'pdf.error.tooManyPages', params: { pages: 12, max: 10 } });
    expect(r.error.message).toBe('This PDF has 12 pages; Clausemark clips PDFs of at most 10 pages.');
    expect(many.destroyed).toBe(1);
    const big = await extractPdf(fakePdfjs(notice()), new Uint8Array(3 * 1048576), 'https://x.cn/a.pdf', {
      createDocument,
      maxBytes: 1048576,
    });
    expect(!big.ok && big.error).toMatchObject({ code: 'too-large', key: 'pdf.error.tooManyBytes', params: { size: 3, max: 1 } });
  });

  it('says a scan has no text layer', async () => {
    const scan = fakePdfjs([content([]), content([{ text: '3', x: 290, y: 800 }]), content([])]);
    const r = await extractPdf(scan, bytes, 'https://x.cn/scan.pdf', { createDocument });
    expect(!r.ok && r.error).toMatchObject({ code: 'no-text-layer', key: 'pdf.error.noTextLayer' });
  });

  it('turns a damaged or locked file into a bad-file error, never a throw', async () => {
    const locked = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    const a = await extractPdf(fakePdfjs([], { fail: locked }), bytes, 'https://x.cn/a.pdf', { createDocument });
    expect(!a.ok && a.error).toMatchObject({ code: 'bad-file', key: 'pdf.error.password' });
    const b = await extractPdf(fakePdfjs([], { fail: new Error('Invalid PDF structure.') }), bytes, 'https://x.cn/a.pdf', {
      createDocument,
    });
    expect(!b.ok && b.error).toMatchObject({ code: 'bad-file', key: 'pdf.error.unreadable', params: { detail: 'Invalid PDF structure.' } });
  });

  it('names a PDF without a title line after its metadata, else its file', async () => {
    const plain = [content([{ text: '这是一份没有标题行的文件，正文直接开始，内容足够长以便识别为正文。', x: 80, y: 120 }])];
    const withMeta = await extractPdf(fakePdfjs(plain, { title: '年度报告' }), bytes, 'https://x.cn/b.pdf', { createDocument });
    expect(withMeta.ok && withMeta.value.title).toBe('年度报告');
    expect(nameFromUrl('https://x.cn/files/%E9%99%84%E4%BB%B61.pdf?v=2')).toBe('附件1');
  });
});
