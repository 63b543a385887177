import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../scripts/lib/dom';
import { chooseTitle } from '../../utils/extract/head/title';
import { isPageLabel, splitDocNumber } from '../../utils/extract/head/title-labels';

describe('isPageLabel (issue 15: what <title> holds on untuned pages)', () => {
  it.each([
    ['中国法院网', ''],
    ['某某网>政策法规', ''],
    ['首页 > 政务公开 > 通知公告', ''],
    ['谢谢您访问某某网站', ''],
    ['32016R0679', ''],
    ['2013176EN.01000101.xml', ''],
    ['www.oregonlegislature.gov', ''],
    ['New Zealand Legislation', 'New Zealand Legislation'],
    ['华中监能市场〔2020〕187号', ''],
    ['某政办发[2021]12号', ''],
    ['政务公开', ''],
    ['某某市人民政府门户网站', ''],
  ])('%s is a label', (t, site) => expect(isPageLabel(t, site)).toBe(true));
  it.each([
    '国务院关于印发《国家标准化体系建设发展规划》的通知',
    'COVID-19 guidance for 2020-2021 schools',
    '多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业',
    'Harbours Act 2021',
    // short, and holding 政府, but a document's name: four characters and more before its kind (issue 15)
    '某市2025年政府工作报告',
    '政府工作报告',
  ])('%s is not', (t) => expect(isPageLabel(t, '')).toBe(false));
  it('is not the site name for a notice the site’s owner issued', () => {
    const site = '国家能源局华中监管局';
    expect(isPageLabel(`${site} 江西省能源局关于印发《某某市场运营规则（试行）》的通知`, site)).toBe(false);
    expect(isPageLabel(`${site}首页`, site)).toBe(true);
  });
});

describe('splitDocNumber', () => {
  it('takes a bracketed 文号 off the end of a title', () => {
    expect(splitDocNumber('某市人民政府关于做好防汛工作的通知（某政发〔2020〕8号）')).toEqual({
      title: '某市人民政府关于做好防汛工作的通知',
      docNumber: '某政发〔2020〕8号',
    });
    expect(splitDocNumber('某市人民政府关于做好防汛工作的通知(某政发[2020]8号)').docNumber).toBe('某政发〔2020〕8号');
  });
  it('keeps brackets that are not a 文号', () => {
    expect(splitDocNumber('关于印发某某办法（试行）的通知')).toEqual({ title: '关于印发某某办法（试行）的通知', docNumber: '' });
  });
});

describe('chooseTitle weighs <title> against the headline', () => {
  const base = { metaTitle: '', headings: [], readabilityTitle: '', siteName: '' };
  it('an identifier left once the site suffix goes gives way to the headline', () => {
    const regulation = 'Council Regulation (EC) No 6/2002 of 12 December 2001 on Community designs';
    expect(chooseTitle({ ...base, docTitle: 'EUR-Lex - 32002R0006 - EN', headlines: ['32002R0006', regulation] })).toBe(regulation);
  });
  it('a meta title that only names the site is skipped', () => {
    expect(chooseTitle({ ...base, metaTitle: '某某市人民政府门户网站', docTitle: '关于X工作的通知_某某市人民政府' })).toBe(
      '关于X工作的通知',
    );
  });
  it('reads the Dublin Core title of a legislation page', () => {
    const html = `<html><head><meta name="dc.title" content="H.R.547 - Border Security and Responsibility Act of 2013">
      <title>Bill Summary &amp; Status - 113th Congress (2013 - 2014) - H.R.547 - All Information - THOMAS (Library of Congress)</title></head>
      <body><article><p>${'This bill amends the law on border security and responsibility for the states. '.repeat(12)}</p></article></body></html>`;
    const out = extractFromHtml(html, 'https://thomas.example.gov/bill');
    expect(out.ok && out.page.title).toBe('Border Security and Responsibility Act of 2013');
  });
});
