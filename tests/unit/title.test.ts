import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteSuffix } from '../../utils/extract/head/title';

describe('stripSiteSuffix', () => {
  it.each([
    ['国务院关于印发《国家标准化体系建设发展规划》的通知_政府信息公开专栏', '', '国务院关于印发《国家标准化体系建设发展规划》的通知'],
    ['推动数字经济和实体经济深度融合--观点--人民网', '人民网', '推动数字经济和实体经济深度融合'],
    ['习近平主持召开中央全面深化改革委员会会议-新华网', '', '习近平主持召开中央全面深化改革委员会会议'],
    ['Council approves new rules | The Daily Ledger', 'The Daily Ledger', 'Council approves new rules'],
    ['COVID-19 guidance for 2020-2021 schools', '', 'COVID-19 guidance for 2020-2021 schools'],
    ['省政府办公厅关于加强安全生产的通知｜某省人民政府门户网站', '', '省政府办公厅关于加强安全生产的通知'],
  ])('%s', (raw, site, want) => expect(stripSiteSuffix(raw, site)).toBe(want));
});

describe('chooseTitle', () => {
  it('prefers the article-title meta', () => {
    expect(
      chooseTitle({ metaTitle: '关于X的通知', docTitle: '关于X的通知_中国政府网', headings: [], readabilityTitle: '', siteName: '' }),
    ).toBe('关于X的通知');
  });
  it('uses a heading that the <title> starts with', () => {
    expect(
      chooseTitle({ metaTitle: '', docTitle: 'A - B - Site Name', headings: ['Menu', 'A - B'], readabilityTitle: '', siteName: '' }),
    ).toBe('A - B');
  });
});
