import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cslType, fromBackupJson, toCslItem, toCslJson } from '../../utils/export/index';
import type { Clip } from '../../utils/model';

process.env.TZ = 'Asia/Shanghai';

const sample = fromBackupJson(readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8'));
const tricky = fromBackupJson(readFileSync(new URL('../fixtures/export/tricky.json', import.meta.url), 'utf8'));
const TYPES = ['bill', 'legislation', 'article-newspaper', 'webpage'];

describe('toCslJson', () => {
  it('gives every item the required id and type, and only CSL 1.0.2 fields of the right shape', () => {
    const items = [...toCslJson(sample), ...toCslJson(tricky)];
    expect(items).toHaveLength(7);
    const allowed = new Set([
      'id',
      'type',
      'title',
      'URL',
      'accessed',
      'issued',
      'authority',
      'number',
      'container-title',
      'author',
      'language',
      'note',
      'number-of-pages',
    ]);
    for (const item of items) {
      expect(typeof item.id).toBe('string');
      expect(item.id.length).toBeGreaterThan(0);
      expect(TYPES).toContain(item.type);
      for (const k of Object.keys(item)) expect(allowed).toContain(k);
      for (const d of [item.issued, item.accessed]) {
        if (!d) continue;
        expect(d['date-parts']).toHaveLength(1);
        for (const n of d['date-parts'][0]) expect(Number.isInteger(n)).toBe(true);
      }
      for (const a of item.author ?? []) expect('literal' in a ? a.literal : a.family).toMatch(/\p{L}/u);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });

  it('maps the sample clips', () => {
    const [law, notice, news] = toCslJson(sample);
    expect(law).toEqual({
      id: 'clip-data-rules',
      type: 'bill',
      author: [{ literal: '某市人民政府' }],
      title: '某市公共数据开放管理办法',
      URL: 'https://www.example.gov.cn/zwgk/2024/0301/gfxwj-3.html',
      accessed: { 'date-parts': [[2024, 3, 6]] },
      issued: { 'date-parts': [[2024, 3, 5]] },
      authority: '某市人民政府',
      number: '某府规〔2024〕3号',
      language: 'zh-CN',
    });
    expect(notice).toMatchObject({ type: 'bill', author: [{ literal: '某省发展和改革委员会' }] }); // it has a 文号
    expect(notice).not.toHaveProperty('container-title');
    expect(news).toMatchObject({
      type: 'article-newspaper',
      'container-title': '某某日报',
      author: [{ literal: '本报评论员' }],
      issued: { 'date-parts': [[2024, 5, 20]] },
    });
    expect(news).not.toHaveProperty('authority');
  });

  it('recognises laws by their title, and other pages as web pages', () => {
    const base = sample.clips[2]!;
    const type = (title: string, siteName = 'Example') =>
      cslType({
        ...base,
        byline: '',
        title,
        siteName,
        lang: /\p{Script=Han}/u.test(title) ? 'zh-CN' : 'en',
        policy: { ...base.policy, docNumber: '' },
      } as Clip);
    expect(type('中华人民共和国数据安全法')).toBe('bill');
    expect(type('某省河道管理条例（2020年修正）')).toBe('bill');
    expect(type('某市物业管理办法_某市人民政府网')).toBe('bill');
    expect(type('Data Protection Act 2018')).toBe('legislation');
    expect(type('The Building Regulations 2010')).toBe('legislation');
    expect(type('一种新的工作方法')).toBe('webpage');
    expect(type('专家解读：新规带来哪些变化')).toBe('webpage');
    expect(type('Markets rally', 'The Daily News')).toBe('article-newspaper');
    expect(type('Council approves new data protection rules')).toBe('webpage');
    expect(type('Regulation (EU) 2016/679 of the European Parliament and of the Council')).toBe('legislation');
    expect(type('Civil Procedure Rules (as amended)')).toBe('legislation');
    // a byline makes a page about a law a news page, not the law
    expect(
      cslType({
        ...base,
        title: '新修订的《中华人民共和国数据安全法》',
        byline: '记者 张三',
        policy: { ...base.policy, docNumber: '' },
      } as Clip),
    ).not.toBe('bill');
    expect(toCslJson(tricky)[0]!.type).toBe('legislation');
  });

  it('takes a notice with an issuer for an official document even without a 文号, with the issuer as its author', () => {
    const base = sample.clips[2]!;
    const item = toCslItem({
      ...base,
      byline: '',
      siteName: 'example.gov.cn',
      title: '关于开展2024年安全生产月活动的通知',
      policy: { ...base.policy, issuer: '某省应急管理厅、某省教育厅' },
    } as Clip);
    expect(item).toMatchObject({
      type: 'bill',
      author: [{ literal: '某省应急管理厅、某省教育厅' }],
      authority: '某省应急管理厅、某省教育厅',
    });
    expect(item).not.toHaveProperty('container-title');
  });

  it('never takes an id or a handle for an author, and splits only plain English personal names', () => {
    const base = sample.clips[2]!;
    const author = (byline: string) => toCslItem({ ...base, byline } as Clip).author;
    expect(author('104363')).toBeUndefined();
    expect(author('admin')).toBeUndefined();
    expect(author('2024-05-20')).toBeUndefined();
    expect(author('记者 张三')).toEqual([{ literal: '记者 张三' }]);
    expect(author('By Jane Smith and Mary-Ann K. Lee')).toEqual([
      { family: 'Smith', given: 'Jane' },
      { family: 'Lee', given: 'Mary-Ann K.' },
    ]);
    expect(author('The Editorial Board')).toEqual([{ literal: 'The Editorial Board' }]);
    expect(author('BBC News')).toEqual([{ literal: 'BBC News' }]);
  });

  it('names a container only when the site name is a name, not an address', () => {
    const base = { ...sample.clips[2]!, siteName: '', policy: { ...sample.clips[2]!.policy } } as Clip;
    const container = (siteName: string) => toCslItem({ ...base, siteName })['container-title'];
    expect(container('127.0.0.1')).toBeUndefined();
    expect(container('localhost:8080')).toBeUndefined();
    expect(container('www.example.com')).toBeUndefined();
    expect(container('example.gov.cn')).toBeUndefined();
    expect(container('Salon.com')).toBe('Salon.com');
    expect(container('GOV.UK')).toBe('GOV.UK');
  });
});
