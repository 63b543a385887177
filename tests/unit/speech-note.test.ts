// The note under a 政府工作报告's title (issue 18): the day it was delivered is its date of writing, the speaker its
// byline, and the government its head speaks for the issuer — read the same from a page, a PDF or a Word file.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { extractArticle } from '../../utils/extract';
import { speechNote } from '../../utils/extract/head/speech-note';

const PROSE =
  '<p>各位代表：</p><p>现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。</p>' +
  '<p>过去一年，是实现“十四五”规划目标任务的关键一年。面对严峻复杂形势和多重困难挑战，全省各族人民承压前行、克难奋进，全力以赴拼经济搞建设，较好完成全年主要目标任务，高质量发展扎实推进，民生保障持续加强。</p>'.repeat(
    3,
  );
const page = (head: string, title = '2025年某某省政府工作报告') => {
  const doc = parseHtml(
    `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${head}${PROSE}</article></body></html>`,
    'https://example.cn/a.html',
  );
  const out = extractArticle(doc.window.document, 'https://example.cn/a.html');
  if (!out.ok) throw new Error(out.message);
  return { byline: out.page.byline, issuer: out.page.policy.issuer, writtenDate: out.page.policy.writtenDate };
};

describe('a report’s speaker note', () => {
  it('reads the meeting line and the speaker’s line under it', () => {
    expect(page('<p>——2025年1月20日在某某省第十四届人民代表大会第三次会议上</p><p>某某省省长　张三丰</p>')).toEqual({
      byline: '张三丰',
      issuer: '某某省人民政府',
      writtenDate: '2025-01-20',
    });
  });

  it('takes the organ the speaker’s line prints, and the State Council for its premier', () => {
    expect(page('<p>2025年1月20日在某某省第十四届人民代表大会第三次会议上</p><p>某某省人民政府省长 李四</p>').issuer).toBe(
      '某某省人民政府',
    );
    expect(speechNote(['——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理　李强'])).toEqual({
      writtenDate: '2024-03-05',
      speaker: '李强',
      issuer: '国务院',
    });
  });

  it('reads the speaker inside the meeting line, the place from the meeting', () => {
    expect(
      page('<p>----2025年1月15日王五市长在某某市第十六届人民代表大会第三次会议的政府工作报告</p>', '2025年某某市政府工作报告'),
    ).toEqual({
      byline: '王五',
      issuer: '某某市人民政府',
      writtenDate: '2025-01-15',
    });
  });

  it('is no note when the sentence goes on, as a news story’s opening does', () => {
    expect(speechNote(['2024年3月5日在第十四届全国人民代表大会第二次会议上，国务院总理李强作政府工作报告。'])).toBeNull();
  });

  it('gives a party secretary’s speech its day and speaker, but no government as issuer', () => {
    expect(speechNote(['——2024年2月1日在某某市委全会上的讲话', '某某市委书记　赵六'])).toEqual({
      writtenDate: '2024-02-01',
      speaker: '赵六',
      issuer: '',
    });
  });
});
