import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlTables } from '../../utils/export/doc/tables';
import { toHtml } from '../../utils/export/index';
import { bundleOf, golden, SAMPLE, TRICKY } from './export-read';

const sample = bundleOf(SAMPLE);

describe('toHtml, full document', () => {
  it('full document in Chinese: labels, metadata, outline, text with <mark>s and notes as footnotes, then highlights', () => {
    const html = toHtml(sample, { now: Date.UTC(2024, 5, 1), locale: 'zh-CN', content: 'full' });
    golden('sample.zh-CN.html', html);
    const doc = new JSDOM(html).window.document;
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.title).toBe('Clausemark 摘录报告');
    expect(doc.querySelector('.meta-line')!.textContent).toBe('共 3 篇 · 导出于 2024-06-01');
    const first = doc.querySelector('article.clip')!;
    const meta = Object.fromEntries(
      Array.from(first.querySelectorAll('table.meta tr')).map((tr) => [
        tr.querySelector('th')!.textContent,
        tr.querySelector('td')!.textContent,
      ]),
    );
    expect(meta).toMatchObject({
      发文机关: '某市人民政府',
      文号: '某府规〔2024〕3号',
      索引号: '000000000/2024-00031',
      主题分类: '综合政务\\其他',
      成文日期: '2024-03-01',
      发布日期: '2024-03-05',
      来源: '某市人民政府网',
      链接: 'https://www.example.gov.cn/zwgk/2024/0301/gfxwj-3.html',
    });
    expect(Array.from(first.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['目录', '全文', '高亮（按章节）']);
    const text = first.querySelector('section.text')!;
    expect(Array.from(text.querySelectorAll('h5')).map((h) => h.textContent)).toEqual([
      '第一章　总　　则',
      '第二章　开放机制',
      '第三章　附　　则',
    ]);
    expect(text.querySelector('h6')!.textContent).toBe('第一条');
    expect(text.querySelector('h6 + p')!.textContent).toMatch(/^为了规范和促进本市公共数据开放/);
    const marks = Array.from(text.querySelectorAll('mark'));
    expect(marks.map((m) => [m.className, m.textContent])).toEqual([
      ['yellow', '公共数据开放应当遵循需求导向、分类分级、统一标准、安全可控的原则'],
      ['pink', '但是依法已经公开或者经权利人同意的除外'],
      ['blue', '不得新建独立的开放渠道'],
    ]);
    // a note is a footnote: the number after its highlight links to the note, which links back
    const ref = marks[1]!.nextElementSibling!.querySelector('a')!;
    expect(ref.textContent).toBe('2');
    const note = doc.getElementById(ref.getAttribute('href')!.slice(1))!;
    expect(note.textContent).toBe('例外条款：注意“经权利人同意”的举证责任。\n待核实上位法依据。 ↩');
    expect(note.closest('section.footnotes')!.querySelector('h4')!.textContent).toBe('批注');
    expect(doc.getElementById(note.querySelector('a.back')!.getAttribute('href')!.slice(1))).toBe(ref);
    expect(marks[2]!.nextElementSibling?.matches('sup.fn')).toBeFalsy(); // no note, no footnote
    expect(first.querySelectorAll('section.highlights blockquote')).toHaveLength(3);
    expect(html).not.toMatch(/Outline|Highlights|Document number|No highlights/);
  });

  it('full document in English (legislation), golden; page text stays text', () => {
    const html = toHtml(bundleOf(TRICKY), { now: Date.UTC(2024, 5, 1), content: 'full' });
    golden('tricky.html', html);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('b, script')).toHaveLength(0);
    const p = Array.from(doc.querySelectorAll('section.text p')).find((e) => e.textContent!.startsWith('(1) In this Part'))!;
    expect(p.textContent).toBe('(1) In this Part — "data" means *any* information1; see [Schedule 1] & <b>notes</b>.');
    expect(p.querySelector('mark.yellow, mark')!.textContent).toBe('"data" means *any* information');
    expect(doc.querySelector('.meta-line')!.textContent).toBe('4 clips · exported 2024-06-01');
  });

  it('lists a highlight that cannot be placed, marked so, and escapes body text', () => {
    const lost = {
      ...sample.highlights[0]!,
      selectors: { ...sample.highlights[0]!.selectors, quote: '本条已被删除的一句话', start: 9999, end: 10009 },
    };
    const body = { ...sample.bodies[0]!, text: `${sample.bodies[0]!.text}\n<script>alert(1)</script><img src=x onerror=alert(2)>` };
    const html = toHtml(
      { ...sample, bodies: [body, ...sample.bodies.slice(1)], highlights: [lost, ...sample.highlights.slice(1)] },
      { locale: 'zh-CN', content: 'full' },
    );
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(Array.from(doc.querySelectorAll('mark')).map((m) => m.textContent)).not.toContain('本条已被删除的一句话');
    const quote = Array.from(doc.querySelectorAll('blockquote')).find((b) => b.textContent!.startsWith('本条已被删除的一句话'))!;
    expect(quote.querySelector('.missing')!.textContent).toBe('(未在正文中找到)');
  });

  it('shows a data table of the page as a table in the full document', async () => {
    const clip = sample.clips[2]!;
    const body = {
      clipId: clip.id,
      html: '<table><tr><td>项目</td><td>标准</td></tr><tr><td>时限</td><td>30日</td></tr></table>',
      text: '项目\n标准\n时限\n30日',
      outline: [],
    };
    const bundle = { ...sample, clips: [clip], bodies: [body], highlights: [] };
    const html = toHtml(bundle, { content: 'full', tablesOf: (b) => htmlTables(new JSDOM(b.html).window.document.body) });
    const rows = Array.from(new JSDOM(html).window.document.querySelectorAll('section.text table.data tr'));
    expect(rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent))).toEqual([
      ['项目', '标准'],
      ['时限', '30日'],
    ]);
  });
});
