// A law's 题注 (issue 18): the issuer and date of writing are those of the latest revision it names, read the same
// from a web page's lines and from the paragraphs a PDF's lines join into.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { readPolicyMeta } from '../../utils/extract/head/policy';
import { latestAdoption, meetingBody } from '../../utils/extract/head/policy-adoption';

const meta = (body: string, title: string) => readPolicyMeta(parseHtml(`<html><body>${body}</body></html>`).window.document, title);
const ARTICLE = '<p>第一条　为了维护国徽的尊严，正确使用国徽，增强公民的国家观念，制定本法。</p>';

describe('a law’s 题注', () => {
  it('takes the latest revision, not the first adoption', () => {
    const note =
      '（1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过　根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议' +
      '《关于修改部分法律的决定》第一次修正　2023年9月1日第十四届全国人民代表大会常务委员会第五次会议修订）';
    expect(latestAdoption(note)).toEqual({ issuer: '全国人民代表大会常务委员会', writtenDate: '2023-09-01' });
  });

  it('keeps a city’s body, without its term, when the province only approves', () => {
    const note =
      '（2023年6月28日某某市第十六届人民代表大会常务委员会第十二次会议通过　2023年9月22日某某省第十四届人民代表大会常务委员会第五次会议批准）';
    expect(latestAdoption(note)).toEqual({ issuer: '某某市人民代表大会常务委员会', writtenDate: '2023-06-28' });
  });

  it('reads amendments adopted as 修正案 by the full congress, half-width brackets and all', () => {
    const note =
      '(1982年12月4日第五届全国人民代表大会第五次会议通过 1982年12月4日全国人民代表大会公告公布施行 根据2004年3月14日第十届全国人民代表大会' +
      '第二次会议通过的《中华人民共和国宪法修正案》和2018年3月11日第十三届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》修正)';
    expect(latestAdoption(note)).toEqual({ issuer: '全国人民代表大会', writtenDate: '2018-03-11' });
  });

  it('reads a 题注 that quotes the title (taken for part of it) as a PDF prints it, in one paragraph', () => {
    const body =
      '<h1>中华人民共和国国徽法</h1><p>(1991年3月2日第七届全国人民代表大会常务委员会第十八次会议通过 根据2020年10月17日第十三届全国人民代表大会' +
      `常务委员会第二十二次会议《关于修改&lt;中华人民共和国国徽法&gt;的决定》第二次修正)</p>${ARTICLE}`;
    const m = meta(body, '中华人民共和国国徽法');
    expect([m.issuer, m.writtenDate]).toEqual(['全国人民代表大会常务委员会', '2020-10-17']);
  });

  it('reads a 题注 a web page prints over several lines', () => {
    const body =
      '<h1>中华人民共和国国徽法</h1><p>（1991年3月2日第七届全国人民代表大会常务委员会第十八次会议通过</p>' +
      '<p>根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正</p>' +
      `<p>根据2020年10月17日第十三届全国人民代表大会常务委员会第二十二次会议《关于修改〈中华人民共和国国徽法〉的决定》第二次修正）</p>${ARTICLE}`;
    const m = meta(body, '中华人民共和国国徽法');
    expect([m.issuer, m.writtenDate]).toEqual(['全国人民代表大会常务委员会', '2020-10-17']);
  });

  it("names the organ, not the session, of a meeting an editor's note gives", () => {
    expect(meetingBody('第十三届全国人大一次会议')).toBe('全国人民代表大会');
    expect(meetingBody('第十三届全国人大常委会第二十九次会议')).toBe('全国人民代表大会常务委员会');
    expect(meetingBody('某某省第十四届人民代表大会常务委员会第五次会议')).toBe('某某省人民代表大会常务委员会');
    expect(meetingBody('国务院第100次常务会议')).toBe('国务院第100次常务会议');
  });
});
