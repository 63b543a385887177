import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../utils/docx';

const createDocument = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;

async function word(paragraphs: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

const body = (t: string) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(t)] });
const LONG = '根据有关法律法规，结合本市实际，现将有关事项通知如下，请各单位认真贯彻执行，确保各项工作落到实处。';

describe('extractDocx', () => {
  it('clips a Word law: Title style as the title, chapters and articles, signature, and a 附件 line counted because Word centred it', async () => {
    const bytes = await word([
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('某某市公共文化服务保障条例')] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '第一章　总　　则', bold: true })] }),
      body(`第一条　${LONG}`),
      body(`第二条　${LONG}`),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '第二章　服务提供', bold: true })] }),
      body(`第三条　${LONG}`),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('某某市人民政府办公厅')] }),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('2024年6月3日')] }),
      // centred, not bold: an enclosed attachment's heading only because it is centred
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('附件：某某市公共文化设施目录')] }),
      body(LONG),
    ]);
    const r = await extractDocx(bytes, 'https://www.example.gov.cn/files/tiaoli.docx', { createDocument });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('某某市公共文化服务保障条例');
    expect(r.value.outline.map((e) => [e.level, e.label])).toEqual([
      [1, '第一章'],
      [2, '第一条'],
      [2, '第二条'],
      [1, '第二章'],
      [2, '第三条'],
      [1, '附件'],
    ]);
    expect(r.value.policy).toMatchObject({ issuer: '某某市人民政府办公厅', writtenDate: '2024-06-03' });
    expect(r.value).toMatchObject({ source: 'docx', lang: 'zh-CN' });
  });

  it('turns a file that is not a Word document into a bad-file error, and an empty one into a clear message', async () => {
    const bad = await extractDocx(new TextEncoder().encode('not a zip'), 'https://x.cn/a.docx', { createDocument });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'bad-file', key: 'docx.error.unreadable' });
    const empty = await extractDocx(await word([new Paragraph({ children: [] })]), 'https://x.cn/e.docx', { createDocument });
    expect(!empty.ok && empty.error).toMatchObject({ key: 'docx.error.empty' });
  });
});

describe('a Word report with no issuer row and no signature', () => {
  it('takes its issuer from a labelled line, as a PDF does', async () => {
    const bytes = await word([
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('2026年区级部门预算')] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('预算主管部门：某某区司法局')] }),
      body(LONG),
      body(LONG),
    ]);
    const r = await extractDocx(bytes, 'https://www.example.gov.cn/files/yusuan.docx', { createDocument });
    expect(r.ok && r.value.policy.issuer).toBe('某某区司法局');
  });
});
