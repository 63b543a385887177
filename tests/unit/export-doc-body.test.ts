import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../utils/anchoring';
import type { Clip, ClipBody, Highlight, OutlineEntry } from '../../utils/model';
import { documentBody, type DocBlock } from '../../utils/export/doc/body';
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

/** A block as a string: [text] marked, <n open, n> close. */
const show = (b: DocBlock) =>
  `${b.kind}${b.level || ''}:` +
  b.items
    .map((i) => (i.kind === 'text' ? (i.mark ? `[${i.text}]` : i.text) : i.kind === 'open' ? `<${i.mark.n}` : `${i.mark.n}>`))
    .join('');

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
    expect(
      body.blocks
        .at(-1)!
        .items.filter((i) => i.kind === 'text' && i.mark)
        .map((i) => (i as { text: string }).text),
    ).toEqual(['末段']);
  });
});
