/** The Markdown export read by real clients: its front matter by js-yaml, its body by markdown-it. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { fromBackupJson, toMarkdown, type ExportBundle } from '../../utils/export/index';
import type { Clip, Highlight, OutlineEntry } from '../../utils/model';

process.env.TZ = 'Asia/Shanghai';

const sample = fromBackupJson(readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8'));
const md = new MarkdownIt();

function parse(content: string): { front: Record<string, unknown>; headings: string[]; paragraphs: string[]; html: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  expect(m, 'front matter').not.toBeNull();
  const body = content.slice(m![0].length);
  const tokens = md.parse(body, {});
  const inlineAfter = (type: string) => tokens.flatMap((t, i) => (t.type === type ? [tokens[i + 1]!.content] : []));
  return {
    front: yaml.load(m![1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>,
    headings: tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1]!.content}`] : [])),
    paragraphs: inlineAfter('paragraph_open'),
    html: md.render(body),
  };
}

const entry = (level: number, label: string | null, title: string, preview = title): OutlineEntry => ({
  level,
  label,
  title,
  preview,
  anchor: '',
});

function oneClip(clip: Partial<Clip>, text: string, outline: OutlineEntry[], highlights: Highlight[] = []): ExportBundle {
  const base = sample.clips[0]!;
  const c: Clip = { ...base, ...clip, policy: { ...base.policy, ...clip.policy } };
  return { clips: [c], bodies: [{ clipId: c.id, html: '', text, outline }], highlights, collections: [] };
}

describe('Markdown export, parsed', () => {
  it('front matter names the medium of a PDF or Word clip, and a PDF’s pages; a web page has neither', () => {
    const front = (clip: Partial<Clip>) => parse(toMarkdown(oneClip(clip, '正文', [])).files[0]!.content).front;
    expect(front({ source: 'pdf', pageCount: 12 })).toMatchObject({ medium: 'PDF', pages: '12' });
    const word = front({ source: 'docx' });
    expect(word).toMatchObject({ medium: 'Word' });
    expect(word).not.toHaveProperty('pages');
    const page = front({});
    expect(page).not.toHaveProperty('medium');
    expect(page).not.toHaveProperty('pages');
  });

  it('front matter parses with js-yaml and keeps every value a string', () => {
    const clip: Partial<Clip> = {
      title: '- 国务院关于印发《方案》的通知: 第2版 #重要',
      policy: {
        issuer: '国务院',
        docNumber: '国发〔2018〕41号',
        indexNumber: '000014349/2018-00177',
        subject: '财政、金融、审计\\其他',
        writtenDate: '2018-09-20',
        publishDate: '2018-12-22',
        source: '',
        author: '',
      },
    };
    const { front } = parse(toMarkdown(oneClip(clip, '正文', [])).files[0]!.content);
    expect(front).toMatchObject({
      title: '- 国务院关于印发《方案》的通知: 第2版 #重要',
      type: 'document',
      doc_number: '国发〔2018〕41号',
      index_number: '000014349/2018-00177',
      subject: '财政、金融、审计\\其他',
      written: '2018-09-20',
      published: '2018-12-22',
      saved: '2024-03-06',
    });
    // the default schema would turn unquoted dates into Date objects: these stay strings there too
    const loose = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(toMarkdown(sample).files[0]!.content)![1]!) as Record<string, unknown>;
    expect(loose).toMatchObject({
      written: '2024-03-01',
      published: '2024-03-05',
      saved: '2024-03-06',
      tags: ['数据治理'],
      type: 'law',
    });
    const news = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(toMarkdown(sample).files[2]!.content)![1]!) as Record<string, unknown>;
    expect(news).toMatchObject({ type: 'news', author: '本报评论员', tags: ['营商环境'] });
  });

  it('a law: headings are the outline, untitled articles are `第X条` with their text once, after them', () => {
    const { headings, paragraphs, html } = parse(toMarkdown(sample).files[0]!.content);
    expect(headings).toEqual([
      'h1 某市公共数据开放管理办法',
      'h2 某市公共数据开放管理办法',
      'h3 第一章 总 则',
      'h4 第一条',
      'h4 第二条',
      'h4 第三条',
      'h3 第二章 开放机制',
      'h4 第四条',
      'h4 第五条',
      'h4 第六条',
      'h3 第三章 附 则',
      'h4 第七条',
    ]);
    for (const h of headings) expect(h).not.toContain('…');
    expect(paragraphs.filter((p) => p.includes('为了规范和促进本市公共数据开放'))).toHaveLength(1);
    expect(paragraphs).toContain(
      '为了规范和促进本市公共数据开放，提升政府治理能力和公共服务水平，根据有关法律、法规，结合本市实际，制定本办法。',
    );
    // ==marks== are plain text to CommonMark (Obsidian reads them): they reach the page as written
    expect(paragraphs).toContain('==公共数据开放应当遵循需求导向、分类分级、统一标准、安全可控的原则==[^1]。');
    expect(html).toContain('<p>==公共数据开放应当遵循需求导向');
    expect(html).not.toMatch(/<(em|strong|code|h\d)>[^<]*==/);
  });

  it('every footnote reference has exactly one definition, numbered in reading order', () => {
    for (const { content } of toMarkdown(sample).files) {
      const refs = [...content.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]));
      const defs = [...content.matchAll(/^\[\^(\d+)\]: \S/gm)].map((m) => Number(m[1]));
      expect(refs).toEqual(refs.map((_, i) => i + 1));
      expect(defs).toEqual(refs);
    }
  });

  it('English: a numbered paragraph named by its first 60 characters is headed by its label, never cut mid-word', () => {
    const lead = 'In this Part the Secretary of State may by regulations make provision about the retention of data.';
    const text = [
      'Part 2 Retention',
      '5 Power to make regulations',
      `(1) ${lead}`,
      '(2) Regulations under this section are subject to affirmative procedure.',
    ].join('\n');
    const outline = [
      entry(1, 'Part 2', 'Retention'),
      entry(2, '5', 'Power to make regulations'),
      entry(3, '(1)', lead.slice(0, 62), `${lead.slice(0, 30)}…`), // 'make pr': cut mid-word
      entry(3, '(2)', 'Regulations under this section are subject to affirmative p'),
    ];
    const { headings, paragraphs } = parse(toMarkdown(oneClip({ title: 'Data Act', lang: 'en-GB' }, text, outline)).files[0]!.content);
    expect(headings).toEqual(['h1 Data Act', 'h2 Part 2 Retention', 'h3 5 Power to make regulations', 'h4 (1)', 'h4 (2)']);
    expect(paragraphs).toEqual([lead, 'Regulations under this section are subject to affirmative procedure.']);
    // without the text there is nothing to follow the heading: the title ends at a whole word
    const bare = parse(toMarkdown(oneClip({ title: 'Data Act', lang: 'en-GB' }, text, outline), { includeText: false }).files[0]!.content);
    expect(bare.headings[3]).toBe('h4 (1) In this Part the Secretary of State may by regulations make …');
  });

  it('a news page: a link or sentence the outline picked up is not a heading; a heading line of its own is', () => {
    const text = [
      '编者按',
      '近日，记者走访多地。详见相关新闻：某市召开营商环境大会，会议提出十项举措。',
      '一、政策落地',
      '企业反映良好。',
    ].join('\n');
    const outline = [
      entry(1, null, '编者按'),
      entry(1, null, '相关新闻：某市召开营商环境大会'),
      entry(1, null, '某地新闻链接'),
      entry(1, '一、', '政策落地'),
    ];
    const { headings, paragraphs } = parse(
      toMarkdown(oneClip({ title: '多地出台新举措', siteName: '某某日报' }, text, outline)).files[0]!.content,
    );
    expect(headings).toEqual(['h1 多地出台新举措', 'h2 编者按', 'h2 一、政策落地']);
    expect(paragraphs).toContain('近日，记者走访多地。详见相关新闻：某市召开营商环境大会，会议提出十项举措。');
  });

  it("lists a highlight the text no longer holds at the end, under the clip language's heading, with its section", () => {
    const gone: Highlight = {
      ...sample.highlights[0]!,
      selectors: { quote: '已删除的一句话', prefix: '', suffix: '', start: 0, end: 7, outlinePath: ['第一章 总则', '第九条'] },
      note: '原文已改',
    };
    const content = toMarkdown(oneClip({}, '第一条　正文。', [entry(1, '第一条', '')], [gone])).files[0]!.content;
    const { headings, paragraphs } = parse(content);
    expect(headings).toEqual(['h1 某市公共数据开放管理办法', 'h2 第一条', 'h2 高亮']);
    expect(paragraphs).toEqual(['正文。', '**第一章 总则 › 第九条**', '已删除的一句话[^1]']); // the quote is a blockquote
    expect(content).toMatch(/\n\n> 已删除的一句话\[\^1\]\n\n\[\^1\]: 原文已改\n$/);
  });

  it("lists a highlight of a heading's words, and heads a paragraph cut at a comma by its label", () => {
    const text = ['一、提升政务服务效能', '（一）推行一件事一次办，梳理企业和群众高频事项。'].join('\n');
    const outline = [entry(1, '一、', '提升政务服务效能'), entry(2, '（一）', '推行一件事一次办')];
    const h: Highlight = {
      ...sample.highlights[0]!,
      selectors: { ...sample.highlights[0]!.selectors, quote: '提升政务服务效能', prefix: '一、', suffix: '\n', start: 2, end: 10 },
      note: '',
    };
    const content = toMarkdown(oneClip({ title: '措施' }, text, outline, [h])).files[0]!.content;
    const { headings, paragraphs } = parse(content);
    expect(headings).toEqual(['h1 措施', 'h2 一、提升政务服务效能', 'h3 （一）', 'h2 高亮']);
    expect(paragraphs[0]).toBe('推行一件事一次办，梳理企业和群众高频事项。'); // whole, once
    expect(content).toContain('## 高亮\n\n');
    expect(content).toContain('> 提升政务服务效能\n');
  });
});
