import { describe, expect, it } from 'vitest';
import { buildDoc, buildSnippets, fold, foldWithMap, parseQuery, rankDocs } from '../../utils/search';
import { libraryBundle } from '../../scripts/lib/bench-library-data';
import { clipRow } from '../helpers/library';
import { emptyPolicy } from '../../utils/model';

const withNumber = (id: string, docNumber: string, text = '正文。') =>
  buildDoc(clipRow(id, { policy: { ...emptyPolicy(), docNumber } }), text, []);
const ids = (docs: ReturnType<typeof withNumber>[], q: string) =>
  rankDocs(docs, parseQuery(q))
    .map((r) => r.doc.clip.id)
    .sort();

describe('a 文号 in a query is one term', () => {
  it('parses a 文号 or its start as a unit, brackets as the metadata reader writes them', () => {
    expect(parseQuery('国发〔2019〕').terms).toEqual(['国发〔2019〕']);
    expect(parseQuery('国发[2019]').terms).toEqual(['国发〔2019〕']);
    expect(parseQuery('国发［2019］41号').terms).toEqual(['国发〔2019〕41号']);
    expect(parseQuery('国办发（2020）27号').terms).toEqual(['国办发〔2020〕27号']);
    expect(parseQuery('国令第707号').terms).toEqual(['国令第707号']);
    expect(parseQuery('国发[2019').terms).toEqual(['国发〔2019']);
    expect(parseQuery('国发〔2019〕 营商环境').terms).toContain('国发〔2019〕');
  });

  it('matches only the clips carrying it, not 国发〔2018〕41号 nor a text with 国发 and 2019 apart', () => {
    const docs = [
      withNumber('a', '国发〔2019〕41号'),
      withNumber('b', '国发〔2019〕8号'),
      withNumber('c', '国发〔2018〕41号', '根据国务院要求，2019年起实施。国发文件。'),
      withNumber('d', '', '国发 2019 年度报告'),
      withNumber('e', '国令第707号'),
      withNumber('f', '国令第70号'),
      withNumber('g', '国办发〔2020〕27号'),
      withNumber('h', '国办发〔2020〕2号'),
    ];
    expect(ids(docs, '国发〔2019〕')).toEqual(['a', 'b']);
    expect(ids(docs, '国发[2019]')).toEqual(['a', 'b']);
    expect(ids(docs, '国发〔2019〕41号')).toEqual(['a']);
    expect(ids(docs, '国令第707号')).toEqual(['e']);
    expect(ids(docs, '国办发〔2020〕27号')).toEqual(['g']);
  });

  it('on a generated library of 1,000 clips returns exactly the clips with that 文号 prefix', () => {
    const b = libraryBundle(1000, 5);
    // as in real bodies: other documents cited, and years in running text
    const cite = (i: number) => (i % 7 === 0 ? `根据国发〔2018〕41号、京政发〔2019〕3号和国办发〔2022〕5号，2020年至2023年实施。` : '');
    const docs = b.clips.map((c, i) => buildDoc(c, cite(i) + b.bodies[i]!.text, []));
    for (const prefix of ['国发〔2021〕', '京政发〔2023〕', '国办发〔2020〕']) {
      const carrying = b.clips.filter((c) => c.policy.docNumber.startsWith(prefix)).map((c) => c.id);
      expect(carrying.length).toBeGreaterThan(5);
      const found = rankDocs(docs, parseQuery(prefix.replace('〔', '[').replace('〕', ']'))).map((r) => r.doc.clip.id);
      expect(found.sort()).toEqual(carrying.sort());
    }
  });
});

describe('traditional characters match simplified ones', () => {
  it('folds the text and the query t→cn, one character for one', () => {
    expect(fold('國務院 稅務總局')).toBe('国务院 税务总局');
    const docs = [
      buildDoc(clipRow('s', { title: '通知' }), '加强税务管理。', []),
      buildDoc(clipRow('t', { title: '通知' }), '加強稅務管理。', []),
      buildDoc(clipRow('x', { title: '通知' }), '无关内容。', []),
    ];
    expect(ids(docs, '稅務').sort()).toEqual(['s', 't']);
    expect(ids(docs, '税务').sort()).toEqual(['s', 't']);
  });

  it('keeps snippet offsets on the source text', () => {
    const src = '第一條　為加強稅務管理，制定本辦法。';
    const f = foldWithMap(src);
    expect(f.norm).toBe(fold(src));
    const s = buildSnippets({ title: '', meta: [], text: src, foldedText: fold(src), highlights: [] }, parseQuery('税务管理'));
    expect(s[0]!.marks.map(([a, b]) => s[0]!.text.slice(a, b))).toEqual(['稅務管理']);
  });
});
