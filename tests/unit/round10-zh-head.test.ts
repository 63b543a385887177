// Round 10's Chinese page forms in the head: a site owner's name as the whole <title>, a date set as a calendar
// badge, a sentence naming the document near its title line, and a Party regulation's 题注.
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseHtml } from '../../scripts/lib/dom';
import { chooseTitle } from '../../utils/extract/head/title';
import { asPrinted } from '../../utils/extract/head/title-printed';
import { readPolicyMeta } from '../../utils/extract/head/policy';
import { partyNote } from '../../utils/extract/head/policy-party-note';

const PARA =
  '<p>为落实年度工作部署，本单位于近日召开会议，传达学习上级会议精神，部署今年重点任务，要求全体职工围绕中心工作奋勇争先、扎实推进各项任务落地见效。</p>';

describe('a <title> that only names the site’s owner', () => {
  const base = { metaTitle: '', headings: [], readabilityTitle: '', siteName: '' };
  it('gives way to the headline that opens with that name and goes on', () => {
    const headline = '某某省海洋研究所召开干部职工大会';
    expect(chooseTitle({ ...base, docTitle: '某某省海洋研究所', headlines: [headline] })).toBe(headline);
  });
  it('but not to a headline adding only a date or a bracketed note', () => {
    expect(chooseTitle({ ...base, docTitle: '关于做好防汛工作的通知', headlines: ['关于做好防汛工作的通知（2024年）'] })).toBe(
      '关于做好防汛工作的通知',
    );
  });
});

describe('a date set as a calendar badge beside the headline', () => {
  const page = (badge: string) =>
    `<html><head><title>某某学校</title></head><body><div class="main"><h5>某某学校召开新学期教职工大会</h5>${badge}<div class="doc">${PARA}${PARA}</div></div>` +
    `<div class="side"><ul><li><span>03</span><span>2023-05</span><a href="/x">旧闻</a></li></ul></div></body></html>`;
  it('reads the day and the year-month together, either order', () => {
    for (const badge of [
      '<div class="data"><div class="day">21</div><div class="year">2024年02月</div></div>',
      '<div class="d"><em>2024-02</em><b>21</b></div>',
    ]) {
      const r = extractFromHtml(page(badge), 'https://www.example.org/a/1.html');
      expect(r.ok && r.page.policy.publishDate).toBe('2024-02-21');
    }
  });
  it('reads no badge from a list away from the headline', () => {
    const r = extractFromHtml(page(''), 'https://www.example.org/a/1.html');
    expect(r.ok && r.page.policy.publishDate).toBe('');
  });
});

describe('asPrinted takes a title line, not a sentence naming the document', () => {
  it('keeps the headline’s words when the text only mentions a variant in a sentence', () => {
    const texts = () => [
      '某县发展和改革局2023年政府信息公开年度报告',
      '现向社会公布某县发展和改革局2023年度政府信息公开年度报告。本年度报告所列数据……',
    ];
    expect(asPrinted('某县发展和改革局2023年政府信息公开年度报告', texts)).toBe('某县发展和改革局2023年政府信息公开年度报告');
  });
});

describe('a Party regulation’s 题注', () => {
  const note =
    '（2014年5月8日中共中央政治局常委会会议审议批准　2014年5月28日中共中央办公厅发布　2026年4月2日中共中央政治局常委会会议修订　2026年5月11日中共中央办公厅发布）';
  it('names the issuing organ and the day of the latest approval', () => {
    expect(partyNote(note)).toEqual({ issuer: '中共中央办公厅', writtenDate: '2026-04-02' });
    expect(partyNote('（2019年8月30日中共中央政治局会议审议批准　2019年9月1日中共中央发布）')).toEqual({
      issuer: '中共中央',
      writtenDate: '2019-08-30',
    });
  });
  it('is read under the title of a re-posted regulation', () => {
    const body = `<p style="text-align:center"><strong>中国共产党某某工作条例</strong></p><p style="text-align:center">${note}</p><p>第一章　总则</p><p>第一条　为了规范某某工作，制定本条例。</p>`;
    const m = readPolicyMeta(parseHtml(`<html><body>${body}</body></html>`).window.document, '中国共产党某某工作条例');
    expect([m.issuer, m.writtenDate]).toEqual(['中共中央办公厅', '2026-04-02']);
  });
});
