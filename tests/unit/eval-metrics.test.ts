import { describe, expect, it } from 'vitest';
import { fieldMatches, normDate, scoreMeta, type MetaRecord } from '../../scripts/lib/eval-meta';
import {
  align,
  headingsMatch,
  normLabel,
  parents,
  pooledOutline,
  scoreOutline,
  titlesMatch,
  type Heading,
} from '../../scripts/lib/eval-outline';
import { pooledF1, textF1, tokenize } from '../../scripts/lib/eval-text';

const h = (level: number, label: string | null, title: string): Heading => ({ level, label, title });

describe('tokenize', () => {
  it('splits CJK into characters and keeps Latin/digit runs as words, lower-cased', () => {
    expect(tokenize('国务院 Notice 2018年')).toEqual(['国', '务', '院', 'notice', '2018', '年']);
  });
  it('drops punctuation, full-width included', () => {
    expect(tokenize('一、总则。（一）“好”, hello-world!')).toEqual(['一', '总', '则', '一', '好', 'hello', 'world']);
  });
  it('treats kana and hangul like Han, and full-width Latin like ASCII', () => {
    expect(tokenize('カナ한글')).toEqual(['カ', 'ナ', '한', '글']);
    expect(tokenize('ＡＢＣ２０１８')).toEqual(['abc2018']);
  });
  it('splits a Latin run that touches a CJK character', () => {
    expect(tokenize('GDP增长')).toEqual(['gdp', '增', '长']);
  });
});

describe('textF1', () => {
  it('is 1 for the same tokens whatever the spacing', () => {
    expect(textF1('第一条 总则\n内容', '第一条总则 内容').f1).toBe(1);
  });
  it('counts tokens as a multiset', () => {
    const s = textF1('的 的 的 a', '的 a b');
    expect(s).toMatchObject({ pred: 4, gold: 3, common: 2 });
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(4 / 7);
  });
  it('scores an empty prediction 0 and two empty texts 1', () => {
    expect(textF1('', 'something').f1).toBe(0);
    expect(textF1('', '').f1).toBe(1);
  });
  it('pools token counts across cases (micro average)', () => {
    const p = pooledF1([textF1('a b', 'a b'), textF1('c', 'd e f')]);
    expect(p.precision).toBeCloseTo(2 / 3);
    expect(p.recall).toBeCloseTo(2 / 5);
  });
});

describe('heading matching', () => {
  it('normalises label whitespace, incl. no-break and full-width spaces', () => {
    expect(normLabel('Part\u00a02')).toBe('Part 2');
    expect(normLabel(' 第一章\u3000 ')).toBe('第一章');
    expect(normLabel(null)).toBeNull();
    expect(normLabel('  ')).toBeNull();
  });
  it('compares at most the first 6 non-space title characters', () => {
    expect(titlesMatch('总 则', '总则')).toBe(true);
    expect(titlesMatch('加强组织领导，确保落实', '加强组织领导')).toBe(true);
    expect(titlesMatch('加强组织领导', '加强组织实施')).toBe(false);
    expect(titlesMatch('总体要求', '总体')).toBe(true); // N = shorter length
  });
  it('matches two empty titles but not an empty one against a caption', () => {
    expect(titlesMatch('', '')).toBe(true);
    expect(titlesMatch('', '子女教育')).toBe(false);
  });
  it('needs equal labels; null only matches null', () => {
    expect(headingsMatch(h(1, null, '导 言'), h(2, null, '导言'))).toBe(true);
    expect(headingsMatch(h(1, null, '总则'), h(1, '一、', '总则'))).toBe(false);
    expect(headingsMatch(h(1, '第一条', ''), h(1, '第一条', ''))).toBe(true);
  });
});

const gold = [h(1, '一、', '总体要求'), h(2, '（一）', '指导思想'), h(2, '（二）', '基本原则'), h(1, '二、', '主要任务')];

describe('scoreOutline', () => {
  it('perfect match', () => {
    const s = scoreOutline(
      gold,
      gold.map((x) => ({ ...x })),
    );
    expect(s).toMatchObject({ matched: 4, precision: 1, recall: 1, f1: 1, parentAccuracy: 1, levelAccuracy: 1 });
    expect(s.unmatchedGold).toEqual([]);
  });
  it('one missing entry lowers recall only', () => {
    const s = scoreOutline(gold, [gold[0]!, gold[1]!, gold[3]!]);
    expect(s).toMatchObject({ matched: 3, precision: 1, parentAccuracy: 1, unmatchedGold: [2], unmatchedPred: [] });
    expect(s.recall).toBeCloseTo(0.75);
  });
  it('one extra entry lowers precision only', () => {
    const s = scoreOutline(gold, [gold[0]!, gold[1]!, h(3, '1.', '额外'), gold[2]!, gold[3]!]);
    expect(s).toMatchObject({ matched: 4, recall: 1, parentAccuracy: 1, unmatchedPred: [2] });
    expect(s.precision).toBeCloseTo(0.8);
  });
  it('wrong parent: a child flattened to the top level', () => {
    const s = scoreOutline(gold, [gold[0]!, gold[1]!, h(1, '（二）', '基本原则'), gold[3]!]);
    expect(s.f1).toBe(1);
    expect(s.parentAccuracy).toBeCloseTo(0.75);
    expect(s.levelAccuracy).toBeCloseTo(0.75);
    expect(s.wrongParent).toEqual([2]);
  });
  it('a gold parent that was missed makes its children wrong', () => {
    const s = scoreOutline(gold, [h(2, '（一）', '指导思想'), h(2, '（二）', '基本原则')]);
    expect(s.parentAccuracy).toBe(0);
    expect(s.levelAccuracy).toBe(1);
  });
  it('shifting every level keeps parents right but levels wrong', () => {
    const s = scoreOutline(
      gold,
      gold.map((x) => ({ ...x, level: x.level + 1 })),
    );
    expect(s).toMatchObject({ parentAccuracy: 1, levelAccuracy: 0 });
  });
  it('an empty prediction scores 0 with nothing to judge parents on', () => {
    const s = scoreOutline(gold, []);
    expect(s.f1).toBe(0);
    expect(s.parentAccuracy).toBeNaN();
  });
  it('aligns in order (a swapped entry only matches once)', () => {
    expect(align(gold, [gold[3]!, gold[0]!, gold[1]!, gold[2]!])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
  it('pools counts across cases', () => {
    const p = pooledOutline([scoreOutline(gold, gold), scoreOutline(gold, [])]);
    expect(p).toMatchObject({ gold: 8, pred: 4, matched: 4, precision: 1, recall: 0.5, parentAccuracy: 1 });
  });
  it('parents() finds the nearest preceding shallower entry', () => {
    expect(parents([h(1, null, 'a'), h(3, null, 'b'), h(2, null, 'c'), h(1, null, 'd')])).toEqual([-1, 0, 0, -1]);
  });
});

describe('metadata', () => {
  it('normalises dates to YYYY-MM-DD', () => {
    expect(normDate('2018年12月2日')).toBe('2018-12-02');
    expect(normDate('2018-12-02')).toBe('2018-12-02');
    expect(normDate('2018/1/5')).toBe('2018-01-05');
  });
  it('ignores whitespace, incl. full-width spaces', () => {
    expect(fieldMatches('issuer', '国务院 办公厅', '国务院办公厅')).toBe(true);
    expect(fieldMatches('written_date', '2018-12-21', '2018年12月21日')).toBe(true);
    expect(fieldMatches('doc_number', '国办发〔2018〕1号', '国办发〔2018〕11号')).toBe(false);
    // one EU institution under its full and its Treaty name; another institution is still another issuer
    expect(fieldMatches('issuer', 'European Parliament and Council of the European Union', 'European Parliament and Council')).toBe(true);
    expect(fieldMatches('issuer', 'Council', 'Commission')).toBe(false);
  });
  it('scores every field false without a prediction', () => {
    const g: MetaRecord = { title: 't', issuer: 'i', doc_number: 'd', index_number: 'x', subject: 's', written_date: '', publish_date: '' };
    expect(Object.values(scoreMeta(null, g)).every((v) => !v)).toBe(true);
    expect(scoreMeta({ ...g, issuer: 'other' }, g)).toMatchObject({ title: true, issuer: false, written_date: true });
  });
});
