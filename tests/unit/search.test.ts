import { describe, expect, it } from 'vitest';
import { isLibraryFilter, validators } from '../../utils/messaging/checks';
import { route, type Handlers } from '../../utils/clipper/router';
import { buildDoc, buildSnippets, fold, foldWithMap, parseQuery, rankDocs, SNIPPET_CHARS, type SnippetSource } from '../../utils/search';
import { clipRow, highlightRow } from '../helpers/library';

const marked = (s: { text: string; marks: [number, number][] }) => s.marks.map(([a, b]) => s.text.slice(a, b));

describe('fold', () => {
  it('makes full-width and half-width the same, lower-cases and collapses whitespace', () => {
    expect(fold('  ＡＢＣ　１２３，\n\n数字（一）  Ⅲ ')).toBe('abc 123, 数字(一) iii');
    expect(fold('國務院 ＧＤＰ')).toBe('国务院 gdp'); // traditional → simplified, after NFKC
  });
  it('foldWithMap maps every folded unit back to its source, through expansions and collapsed space', () => {
    const src = 'Ｔａｘ  ㈠ Law';
    const f = foldWithMap(src);
    expect(f.norm).toBe('tax (一) law');
    const at = f.norm.indexOf('law');
    expect(src.slice(f.start[at]!, f.end[at + 2]!)).toBe('Law');
    const p = f.norm.indexOf('(一)');
    expect(src.slice(f.start[p]!, f.end[p + 2]!)).toBe('㈠');
  });
});

describe('parseQuery', () => {
  it('segments Chinese and English words, keeps "quoted phrases" whole, drops punctuation', () => {
    expect(parseQuery('数字经济 发展').terms.sort()).toEqual(['发展', '数字', '经济']);
    expect(parseQuery('“State  Council” notice')).toEqual({ terms: ['state council', 'notice'], phrase: 'state council notice' });
    expect(parseQuery('"数字经济"').terms).toEqual(['数字经济']);
    expect(parseQuery('  ，。 ')).toEqual({ terms: [], phrase: '' });
  });
  it('glues single characters to their neighbours, so a document number is not a handful of single characters', () => {
    expect(parseQuery('国务院 发布 5号').terms.sort()).toEqual(['5号', '发布', '国务院']);
    expect(parseQuery('国发〔2024〕 5 号').terms).toEqual(['国发〔2024〕5号']); // a 文号 is one term (search-doc-number.test.ts)
  });
  it('drops duplicates and terms contained in longer ones', () => {
    expect(parseQuery('经济 数字经济 "数字经济" 经济').terms).toEqual(['数字经济']);
  });
  it('without Intl.Segmenter: Latin words and CJK bigrams', () => {
    expect(parseQuery('数字经济 Tax', 'zh', null).terms.sort()).toEqual(['tax', '字经', '数字', '经济'].sort());
    expect(parseQuery('税', 'zh', null).terms).toEqual(['税']);
  });
});

const doc = (id: string, title: string, text: string, over: Parameters<typeof clipRow>[1] = {}, notes: string[] = []) =>
  buildDoc(
    clipRow(id, { title, ...over }),
    text,
    notes.map((note, i) => highlightRow(`${id}-h${i}`, id, { note })),
  );

describe('matching and ranking', () => {
  it('matches Chinese by substring, whatever the segmentation of query and text', () => {
    const docs = [doc('a', '通知', '大力发展数字经济。'), doc('b', '通知', '数字化转型与经济增长'), doc('c', '通知', '无关内容')];
    expect(rankDocs(docs, parseQuery('数字经济')).map((r) => r.doc.clip.id)).toEqual(['a', 'b']);
    // a word index would hold 数字经济 as one token; a substring scan finds 经济 inside it
    expect(
      rankDocs(docs, parseQuery('经济'))
        .map((r) => r.doc.clip.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(rankDocs(docs, parseQuery('数字经济 无关'))).toEqual([]);
  });
  it('every term must occur, in any field: title, metadata, body, highlight quote or note', () => {
    const d = buildDoc(
      clipRow('m', {
        title: '关于印发方案的通知',
        policy: { ...clipRow('x').policy, docNumber: '国办发〔2024〕12号', issuer: '国务院办公厅' },
      }),
      '正文',
      [
        highlightRow('h', 'm', {
          selectors: { quote: '营商环境', prefix: '', suffix: '', start: 0, end: 4, outlinePath: [] },
          note: '重点看第三条',
        }),
      ],
    );
    for (const q of [
      '方案 国务院办公厅',
      '国办发〔2024〕12号',
      '营商环境 第三条',
      'ＧＵＯＢＡＮ'.toLowerCase() === 'x' ? '' : '国办发 正文',
    ]) {
      expect(rankDocs([d], parseQuery(q)).length, q).toBe(1);
    }
    expect(rankDocs([d], parseQuery('营商环境 不存在'))).toEqual([]);
  });
  it('ranks the exact phrase first, then title/meta over body, then more hits, then newer', () => {
    const docs = [
      doc('terms-body', '通知', '经济 与 数字 分开出现', { updatedAt: 9 }),
      doc('phrase-body', '通知', '发展数字经济', { updatedAt: 1 }),
      doc('terms-title', '数字与经济', '无', { updatedAt: 2 }),
      doc('terms-body-more', '通知', '经济 数字 经济 数字 经济 数字', { updatedAt: 3 }),
      doc('terms-body-newer', '通知', '经济 与 数字 分开出现', { updatedAt: 10 }),
    ];
    expect(rankDocs(docs, parseQuery('数字经济')).map((r) => r.doc.clip.id)).toEqual([
      'phrase-body',
      'terms-title',
      'terms-body-more',
      'terms-body-newer',
      'terms-body',
    ]);
  });
  it('notes weigh more than the body', () => {
    const docs = [doc('body', 't', '碳达峰'), doc('note', 't', '无', {}, ['碳达峰 要点'])];
    expect(rankDocs(docs, parseQuery('碳达峰')).map((r) => r.doc.clip.id)).toEqual(['note', 'body']);
  });
  it('folds before matching: full-width query, mixed case', () => {
    expect(rankDocs([doc('w', 'GDP 核算', 'x')], parseQuery('ｇｄｐ')).length).toBe(1);
  });
});

describe('snippets', () => {
  const long =
    '序言。'.repeat(40) +
    '加快发展ＤＩＧＩＴＡＬ数字经济，推动转型。' +
    '中间部分。'.repeat(40) +
    '数字产业与实体经济融合。' +
    '结尾。'.repeat(40);
  const src: SnippetSource = {
    title: '数字经济规划',
    meta: ['国务院', '国发〔2022〕29号'],
    text: long,
    highlights: [{ quote: '数字经济核心产业', note: '看这里：数字经济' }],
  };

  it('gives at most 3 short snippets whose marks cover the matched words as written', () => {
    const s = buildSnippets(src, parseQuery('digital 数字经济'));
    expect(s.length).toBeLessThanOrEqual(3);
    expect(s[0]!.field).toBe('text');
    expect(marked(s[0]!)).toEqual(['ＤＩＧＩＴＡＬ数字经济']);
    for (const x of s) {
      expect(x.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
      expect(x.text).not.toMatch(/[<>]/);
    }
    expect(s.map((x) => x.field)).toEqual(['text', 'note', 'highlight']);
    expect(marked(s[1]!)).toEqual(['数字经济']);
  });
  it('shows other parts of the body for terms not yet shown, and metadata matches', () => {
    const s = buildSnippets({ ...src, highlights: [] }, parseQuery('实体经济 国发'));
    // 实体经济 is segmented 实体 / 经济: the first window is where both meet, not the first 经济
    expect(s.map((x) => x.field)).toEqual(['text', 'meta', 'text']);
    expect(marked(s[0]!)).toEqual(['实体经济']);
    expect(marked(s[2]!)).toEqual(['经济']);
    expect(s[1]!.text).toBe('国务院 · 国发〔2022〕29号');
    expect(marked(s[1]!)).toEqual(['国发']);
  });
  it('uses the kept folded text when its offsets line up with the source, and refolds when they do not', () => {
    const q = parseQuery('digital 数字经济');
    expect(buildSnippets({ ...src, foldedText: fold(src.text) }, q)).toEqual(buildSnippets(src, q));
    const odd = { ...src, text: '㈠' + src.text }; // ㈠ folds to three units: lengths differ, so the map is rebuilt
    expect(marked(buildSnippets({ ...odd, foldedText: fold(odd.text) }, q)[0]!)).toEqual(['ＤＩＧＩＴＡＬ数字经济']);
  });

  it('falls back to the title when only the title matches', () => {
    const s = buildSnippets(src, parseQuery('规划'));
    expect(s).toEqual([{ field: 'title', text: '数字经济规划', marks: [[4, 6]] }]);
  });
});

describe('searchLibrary message', () => {
  const handlers = { searchLibrary: async () => ({ ok: true, value: { total: 0, hits: [], tookMs: 1 } }) } as unknown as Handlers;
  const req = { query: '数字', filter: { hasHighlights: true, from: 0 }, offset: 0, limit: 20 };
  it('is answered for extension pages only and validated', async () => {
    expect(await route(handlers, { type: 'searchLibrary', data: req }, { kind: 'extension' })).toMatchObject({ ok: true });
    expect(
      await route(handlers, { type: 'searchLibrary', data: req }, { kind: 'content', tabId: 1, url: 'https://a.example/' }),
    ).toBeUndefined();
    for (const bad of [
      { ...req, limit: 0 },
      { ...req, offset: -1 },
      { ...req, query: 5 },
      { ...req, filter: { hasHighlights: 'yes' } },
      { ...req, filter: [] },
      { ...req, ids: 'all' },
    ]) {
      expect(await route(handlers, { type: 'searchLibrary', data: bad }, { kind: 'extension' })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(validators.searchLibrary(req)).toBe(true);
    expect(validators.searchLibrary({ ...req, ids: true })).toBe(true);
    expect(isLibraryFilter({ collectionId: '', siteName: 'x' })).toBe(false);
  });
});
