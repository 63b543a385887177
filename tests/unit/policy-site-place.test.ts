import { describe, expect, it } from 'vitest';
import { withSitePlace } from '../../utils/extract/head/policy-site-place';

describe('withSitePlace (an organ a portal names without its own place)', () => {
  it('puts the site’s province back, 省政府 as 省人民政府', () => {
    expect(withSitePlace('省交通运输厅', '湖南省人民政府')).toBe('湖南省交通运输厅');
    expect(withSitePlace('省政府办公厅、省财政厅', '湖南省人民政府门户网站')).toBe('湖南省人民政府办公厅、湖南省财政厅');
    expect(withSitePlace('市政府', '株洲市人民政府')).toBe('株洲市人民政府');
  });
  it('leaves full names, other levels and words that only begin with a level’s character', () => {
    expect(withSitePlace('湖南省交通运输厅', '湖南省人民政府')).toBe('湖南省交通运输厅');
    expect(withSitePlace('市教育局', '湖南省人民政府')).toBe('市教育局');
    expect(withSitePlace('市场监督管理局', '株洲市人民政府')).toBe('市场监督管理局');
    expect(withSitePlace('省交通运输厅', '国家能源局')).toBe('省交通运输厅');
  });
});
