import { describe, expect, it } from 'vitest';
import { caseFigures, summarizeFigures, type CaseFigures } from '../../scripts/lib/eval-own-report';
import { fieldAgrees, type OwnResult } from '../../scripts/lib/eval-own';

const fig = (key: string, over: Partial<CaseFigures>): CaseFigures => ({ key, fields: {}, shown: [], ...over });

describe('own-corpus figures', () => {
  it('averages outline scores over documents, a document with nothing matched counting 0 for parents', () => {
    const f = summarizeFigures([fig('a/1', { outlineF1: 1, parentAcc: 1 }), fig('a/2', { outlineF1: 0, parentAcc: NaN }), fig('a/3', {})]);
    expect(f).toMatchObject({ pages: 3, outlineDocs: 2, outlineF1: 0.5, parentAcc: 0.5 });
  });

  it('scores the byline only where the page shows one, every other field on every labelled page', () => {
    const f = summarizeFigures([
      fig('a/1', { fields: { byline: 1, issuer: 1 }, shown: ['byline', 'issuer'] }),
      fig('a/2', { fields: { byline: 0, issuer: 0 }, shown: [] }), // no byline shown, and we made one up: not counted
    ]);
    expect(f.fields.byline).toEqual({ acc: 1, n: 1 });
    expect(f.fields.issuer).toEqual({ acc: 0.5, n: 2 });
  });

  it('keeps what a case result says, field by field', () => {
    const r: OwnResult = {
      set: 'zh-live',
      name: 'x',
      fields: {
        title: { ok: true, shown: true, pred: 'T', gold: 'T' },
        doc_number: { ok: false, shown: false, pred: '国发〔2019〕1号', gold: '' },
      },
      baseTitle: false,
    };
    expect(caseFigures(r)).toEqual({ key: 'zh-live/x', fields: { title: 1, doc_number: 0 }, shown: ['title'], baseTitle: 0 });
  });

  it('compares fields as the gov.cn metadata is compared: spaces and date forms do not count', () => {
    expect(fieldAgrees('written_date', '2023年3月28日', '2023-03-28')).toBe(true);
    expect(fieldAgrees('issuer', '某省统计局 国家统计局某省调查总队', '某省统计局国家统计局某省调查总队')).toBe(true);
    expect(fieldAgrees('title', '关于某事的通知', '关于某事的通知(国发〔2020〕8号)')).toBe(false);
  });
});
