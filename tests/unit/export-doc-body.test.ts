import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../utils/anchoring';
import type { Clip, ClipBody, Highlight, OutlineEntry } from '../../utils/model';
import { documentBody, type DocBlock, type Inline } from '../../utils/export/doc/body';
import type { ClipView } from '../../utils/export/common';

const TEXT = ['第一章　总　　则', '第一条　为了规范数据开放，制定本办法。', '（一）推行“一件事一次办”。梳理高频事项。', '末段。'].join(
  '\n',
);
const OUTLINE: OutlineEntry[] = [
  { level: 1, label: '第一章', title: '总　　则', preview: '', anchor: 'a' },
  { level: 2, label: '第一条', title: '', preview: '为了规范数据开放…', anchor: 'b' },
  { level: 2, label: '（一）', title: '推行“一件事一次办”', preview: '', anchor: 'c' },
];

function hl(id: string, quote: string, note = '', nth = 0): Highlight {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(quote, at + 1);
  return {
    id,
    clipId: 'c',
    url: '',
    selectors: describeTextRange(TEXT, at, at + quote.length),
    color: 'green',
    note,
    createdAt: at,
    updatedAt: at,
  };
}

function view(highlights: Highlight[]): ClipView {
  const clip = { id: 'c', title: '某办法', lang: 'zh-CN' } as Clip;
  const body: ClipBody = { clipId: 'c', html: '', text: TEXT, outline: OUTLINE };
  return { clip, body, highlights, collections: [] };
}

/** A block as a string: [text] marked, <n open, n> close; table cells split by |, rows by / */
const inl = (items: readonly Inline[]) =>
  items.map((i) => (i.kind === 'text' ? (i.mark ? `[${i.text}]` : i.text) : i.kind === 'open' ? `<${i.mark.n}` : `${i.mark.n}>`)).join('');
const show = (b: DocBlock) =>
  b.kind === 'table' ? `table:${b.rows.map((r) => r.map(inl).join('|')).join(' / ')}` : `${b.kind}${b.level || ''}:${inl(b.items)}`;

describe('documentBody', () => {
  it('headings take their label and title; an untitled article its label, the text following as a paragraph', () => {
    expect(documentBody(view([])).blocks.map(show)).toEqual([
      'heading1:第一章　总　　则',
      'heading2:第一条',
      'para:为了规范数据开放，制定本办法。',
      'heading2:（一）推行“一件事一次办”',
      'para:梳理高频事项。',
      'para:末段。',
    ]);
  });

  it('marks overlapping highlights and one across paragraphs, opening and closing each once', () => {
    const a = hl('a', '规范数据开放', 'note a');
    const b = hl('b', '数据开放，制定');
    const c = hl('c', '制定本办法。\n（一）推行');
    const body = documentBody(view([a, b, c]));
    expect([...body.placed].sort()).toEqual(['a', 'b', 'c']);
    expect(body.blocks.map(show).slice(1, 4)).toEqual([
      'heading2:第一条',
      'para:为了<1[规范]<2[数据开放]1>[，]<3[制定]2>[本办法。]',
      'heading2:[（一）推行]3>“一件事一次办”',
    ]);
  });

  it('leaves out of `placed` a highlight whose text is gone', () => {
    const lost = { ...hl('x', '末段'), selectors: { ...hl('x', '末段').selectors, quote: '早已删除的句子', prefix: '', suffix: '' } };
    const body = documentBody(view([lost, hl('y', '末段')]));
    expect([...body.placed]).toEqual(['y']);
    expect(show(body.blocks.at(-1)!)).toBe('para:<2[末段]2>。');
  });

  it('shows a data table of the HTML as a table where its cells are the lines of the text, marks kept', () => {
    const text = ['前言。', '项目', '标准', '审批时限', '30个工作日', '末段。'].join('\n');
    const clip = { id: 'c', title: 't', lang: 'zh-CN' } as Clip;
    const h = { ...hl('h', '末段'), selectors: describeTextRange(text, text.indexOf('30个'), text.indexOf('30个') + 5) };
    const v: ClipView = { clip, body: { clipId: 'c', html: '', text, outline: [] }, highlights: [h], collections: [] };
    const table = [
      ['项目', '标准'],
      ['审批时限', '30个工作日'],
    ];
    expect(documentBody(v, [table]).blocks.map(show)).toEqual([
      'para:前言。',
      'table:项目|标准 / 审批时限|<1[30个工作]1>日',
      'para:末段。',
    ]);
    // a table whose cells are not the text's lines stays text
    expect(
      documentBody(v, [
        [
          ['项目', '别的'],
          ['x', 'y'],
        ],
      ]).blocks.map(show),
    ).toHaveLength(6);
  });
});
