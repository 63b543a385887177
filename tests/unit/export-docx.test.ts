import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../utils/export/index';
import { bundleOf, golden, readDocx, SAMPLE, TRICKY } from './export-read';

process.env.TZ = 'Asia/Shanghai'; // the clipped date is local; the fixtures save at noon UTC anyway

const sample = bundleOf(SAMPLE);
const NOW = Date.UTC(2024, 5, 1);

describe('toDocx', () => {
  it('highlights only: metadata and highlights by section, no document text', async () => {
    const bytes = await toDocx(sample, { now: NOW });
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    const zip = unzipSync(bytes);
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const { text, comments } = await readDocx(bytes);
    for (const s of [
      'Clausemark report',
      '3 clips · exported 2024-06-01',
      '某市公共数据开放管理办法',
      '某府规〔2024〕3号',
      '公共数据开放应当遵循需求导向、分类分级、统一标准、安全可控的原则',
      'Note: 四项原则，可与国家层面文件对照。',
      '某市公共数据开放管理办法 › 第二章 开放机制 › 第五条',
      'Document number',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('为了规范和促进本市公共数据开放'); // the text of 第一条, never highlighted
    expect(comments.size).toBe(0);
    const styles = strFromU8(zip['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="Microsoft YaHei"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
  });

  it('full document in Chinese, read back by mammoth: labels, metadata, headings, text, marks and comments', async () => {
    const bytes = await toDocx(sample, { now: NOW, locale: 'zh-CN', content: 'full' });
    const doc = await readDocx(bytes);
    golden('sample.zh-CN.docx.html', doc.html + '\n');
    for (const s of [
      'Clausemark 摘录报告',
      '共 3 篇',
      '发文机关',
      '文号',
      '索引号',
      '主题分类',
      '成文日期',
      '发布日期',
      '来源',
      '链接',
      '目录',
      '全文',
      '高亮（按章节）',
    ]) {
      expect(doc.text).toContain(s);
    }
    expect(doc.text).not.toMatch(/Document number|Issuer|Clausemark report|clips/);
    // the metadata table
    expect(doc.html).toContain('<tr><td><p><strong>文号</strong></p></td><td><p>某府规〔2024〕3号</p></td></tr>');
    expect(doc.html).toContain('<tr><td><p><strong>索引号</strong></p></td><td><p>000000000/2024-00031</p></td></tr>');
    // law structure as headings, the article text after its untitled 第X条
    expect(doc.html).toContain('<h4>第一章　总　　则</h4><h5>第一条</h5><p>为了规范和促进本市公共数据开放，');
    expect(doc.html).toContain('<h4>（二）压缩审批时限</h4><p><mark>一般性企业投资项目审批时间压减至30个工作日以内</mark>。</p>');
    expect(doc.html).toContain('列入非开放类；<mark>但是依法已经公开或者经权利人同意的除外</mark>。');
    // every highlight in its colour; notes as comments on exactly their highlight
    expect(doc.xml).toContain('<w:highlight w:val="magenta"/></w:rPr><w:t>但是依法已经公开或者经权利人同意的除外');
    expect(doc.xml).toContain('<w:highlight w:val="cyan"/></w:rPr><w:t>不得新建独立的开放渠道');
    expect([...doc.comments.values()]).toEqual([
      '四项原则，可与国家层面文件对照。',
      '例外条款：注意“经权利人同意”的举证责任。待核实上位法依据。',
      '量化指标，年底复核。',
      '贴息比例未明确，关注配套细则。',
      '可作为汇报材料开头。',
    ]);
    expect(doc.anchored.get('1')).toBe('但是依法已经公开或者经权利人同意的除外');
    expect(doc.anchored.get('4')).toBe('政策的生命力在于落实');
    // and still listed by section afterwards, with the note
    expect(doc.text).toContain('批注：例外条款：注意“经权利人同意”的举证责任。');
  });

  it('full document in English (legislation), golden', async () => {
    const doc = await readDocx(await toDocx(bundleOf(TRICKY), { now: NOW, content: 'full' }));
    golden('tricky.docx.html', doc.html + '\n');
    expect(doc.html).toContain('<h3>Part 1 Access to data</h3><h4>1 Interpretation</h4>');
    expect(doc.html).toContain(
      '(1) In this Part — <mark>"data" means *any* information</mark>; see [Schedule 1] &amp; &lt;b&gt;notes&lt;/b&gt;.',
    );
    expect(doc.text).toContain('4 clips · exported 2024-06-01');
    expect([...doc.anchored.values()]).toContain('"data" means *any* information');
  });

  it('lists a highlight that cannot be placed in the text, and marks it so (never dropped)', async () => {
    const lost = {
      ...sample.highlights[0]!,
      selectors: { ...sample.highlights[0]!.selectors, quote: '本条已被删除的一句话', start: 9999, end: 10009 },
    };
    const bundle = { ...sample, highlights: [lost, ...sample.highlights.slice(1)] };
    const doc = await readDocx(await toDocx(bundle, { now: NOW, locale: 'zh-CN', content: 'full' }));
    expect(doc.html).not.toContain('<mark>本条已被删除的一句话');
    expect(doc.text).toContain('本条已被删除的一句话 (未在正文中找到)');
    expect([...doc.comments.values()]).not.toContain('四项原则，可与国家层面文件对照。');
    expect(doc.text).toContain('批注：四项原则，可与国家层面文件对照。');
  });

  it('keeps XML well-formed with hostile text', async () => {
    const clip = { ...sample.clips[0]!, title: 'a <b>&amp; "c"\u0001\u0007 \ud800' };
    const body = { ...sample.bodies[0]!, text: 'x\u0001 <w:p> & y' };
    const bytes = await toDocx({ ...sample, clips: [clip], bodies: [body] }, { content: 'full' });
    const doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(doc).toContain('a &lt;b&gt;&amp;amp; &quot;c&quot; ');
    expect(doc).toContain('x &lt;w:p&gt; &amp; y');
    expect(doc).not.toMatch(/[\u0001\u0007\ud800]/);
  });
});

describe('tables of the page', () => {
  it('come out as Word tables in the full document when the HTML is read (a DOM passed in)', async () => {
    const { JSDOM } = await import('jsdom');
    const { htmlTables } = await import('../../utils/export/doc/tables');
    const text = '前言。\n项目\n标准\n审批时限\n30个工作日\n末段。';
    const html =
      '<p>前言。</p><table><tr><th>项目</th><th>标准</th></tr><tr><td>审批时限</td><td>30个工作日</td></tr></table><p>末段。</p>';
    const clip = sample.clips[2]!;
    const bundle = { ...sample, clips: [clip], bodies: [{ clipId: clip.id, html, text, outline: [] }], highlights: [] };
    const tablesOf = (b: { html: string }) => htmlTables(new JSDOM(b.html).window.document.body);
    const doc = await readDocx(await toDocx(bundle, { now: NOW, content: 'full', tablesOf }));
    expect(doc.html).toContain(
      '<p>前言。</p><table><tr><td><p>项目</p></td><td><p>标准</p></td></tr><tr><td><p>审批时限</p></td><td><p>30个工作日</p></td></tr></table><p>末段。</p>',
    );
    // without the DOM, the cells read as lines
    expect((await readDocx(await toDocx(bundle, { now: NOW, content: 'full' }))).html).toContain('<p>项目</p><p>标准</p><p>审批时限</p>');
  });
});
