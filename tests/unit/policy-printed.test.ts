import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { attachmentDocNumber } from '../../utils/extract/head/policy-attachment';
import { isShortForm, joinedIssuers } from '../../utils/extract/head/policy-issuer';
import { readLabelledFields } from '../../utils/extract/head/policy-table';
import { cleanPolicyValue } from '../../utils/extract/head/policy-values';
import { isPageLabel, looksLikeSite } from '../../utils/extract/head/title-labels';

const doc = (html: string) => parseHtml(html).window.document;

describe('issuers as the document prints them', () => {
  it.each([
    ['某某省发展和改革委员会  某某省能源局', '某某省发展和改革委员会、某某省能源局'],
    ['某某市统计局　国家统计局某某调查队', '某某市统计局、国家统计局某某调查队'],
    ['某某市人民政府', '某某市人民政府'],
    ['价格处 综合处 张三', '价格处 综合处 张三'],
  ])('%s → %s', (raw, want) => expect(joinedIssuers(raw)).toBe(want));

  it.each([
    ['市政府', '某某市人民政府', true],
    ['县政府', '某某县人民政府', true],
    ['能源局', '某某自治区能源局', true],
    ['市政府', '某某市发展和改革委员会', false],
    ['某某市人民政府', '某某市人民政府', false],
    ['市政府', '某某市人民政府、某某军分区', false],
  ])('%s short for %s: %s', (short, full, want) => expect(isShortForm(short, full)).toBe(want));
});

describe('文号 values', () => {
  it('takes the number out of the brackets it is printed in', () => {
    expect(cleanPolicyValue('docNumber', '(某发改能源〔2025〕312号)')).toBe('某发改能源〔2025〕312号');
    expect(cleanPolicyValue('docNumber', '（某政发〔2024〕17号）')).toBe('某政发〔2024〕17号');
    expect(cleanPolicyValue('docNumber', '某政发（2024）17号')).toBe('某政发〔2024〕17号');
  });

  it('reads labels set in brackets, with the value split over spans', () => {
    const d = doc(`<ul><li>[发文机构] <span>某某市发展和改革委员会</span></li>
      <li>[发文字号] <span>某发改</span><span>〔2025〕</span><span>208号</span></li>
      <li>【成文日期】<span>2025-08-18</span></li><li>[ 文号 <span>不是标签</span></li></ul>`);
    expect(readLabelledFields(d)).toMatchObject({
      issuer: '某某市发展和改革委员会',
      docNumber: '某发改〔2025〕208号',
      writtenDate: '2025-08-18',
    });
  });

  it('reads 制发日期 as the date of writing', () => {
    const d = doc('<table><tr><td>制发日期:</td><td>2025-05-26</td></tr></table>');
    expect(readLabelledFields(d).writtenDate).toBe('2025-05-26');
  });
});

describe('attachmentDocNumber', () => {
  it.each([
    ['<a href="a.docx">某交易〔2024〕57号_附件：某某交易规则.docx</a>', '某交易〔2024〕57号'],
    ['<a href="a.pdf">某某市场化交易规则（试行）某监能市场[2018]497号.pdf</a>', '某监能市场〔2018〕497号'],
    // a link to another page, not a file
    ['<a href="/art/1.html">某交易〔2024〕57号</a>', ''],
    // a list of several numbered files names no one notice
    ['<a href="a.pdf">某发〔2024〕1号.pdf</a><a href="b.pdf">某发〔2024〕2号.pdf</a>', ''],
    ['<a href="a.pdf">附件1：申报表.pdf</a>', ''],
  ])('%s → %s', (html, want) => expect(attachmentDocNumber(doc(`<p>${html}</p>`))).toBe(want));
});

describe('generic titles', () => {
  it('an organ name alone labels the page', () => {
    expect(isPageLabel('某某电力交易中心', '')).toBe(true);
    expect(isPageLabel('关于印发某某规则的通知', '')).toBe(false);
  });

  it('a notice that starts with the site organ is no site name', () => {
    expect(looksLikeSite('某某自治区能源局关于公开征求意见的公告', '某某自治区能源局')).toBe(false);
    expect(looksLikeSite('某某市人民政府门户网站', '某某市人民政府')).toBe(true);
  });
});
