import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { readPolicyMeta } from '../../utils/extract/head/policy';

const meta = (body: string, title = '') => readPolicyMeta(parseHtml(`<html><body>${body}</body></html>`).window.document, title);
const PROSE = '<p>为进一步做好相关工作，现就有关事项通知如下，请各单位结合实际认真贯彻落实，确保各项措施落到实处。</p>';

describe('signatures and dates printed in the document (issue 15)', () => {
  it('reads a letter-spaced organ in a joint signature as one name', () => {
    const m = meta(`<h1>某某委 某某局关于做好某某工作的通知</h1>${PROSE}<p>某某委</p><p>某 某 省 能 源 局</p><p>2021年6月2日</p>`);
    expect(m.issuer).toBe('某某委、某某省能源局');
    expect(m.writtenDate).toBe('2021-06-02');
  });

  it('reads the organs under a title dated only by month, and leaves the date of writing empty', () => {
    const m = meta(`<h1>某某县2021年统计公报</h1><p>某某县统计局　国家统计局某某调查队</p><p>（2022年4月）</p>${PROSE}`);
    expect(m.issuer).toBe('某某县统计局、国家统计局某某调查队');
    expect(m.writtenDate).toBe('');
  });

  it('takes a listing’s 发文日期 as the publish date, and its 生成日期 only when nothing says 发布日期', () => {
    expect(meta(`<ul><li>索引号：0123/2022-01</li><li>发文日期：2022-05-06</li></ul><h1>某某通知</h1>${PROSE}`).publishDate).toBe(
      '2022-05-06',
    );
    const both = `<ul><li>生成日期：2022-07-01</li><li>发布日期：2022-06-30</li></ul><h1>某某通知</h1>${PROSE}`;
    expect(meta(both).publishDate).toBe('2022-06-30');
  });

  it('reads a 文号 printed only in the name of the PDF the page links to', () => {
    const body = `<h1>某某市场交易规则（试行）</h1><p><a href="/f/1.pdf">某某市场交易规则（试行）华东监能市场[2019]52号.pdf</a></p>`;
    expect(meta(body, '某某市场交易规则（试行）').docNumber).toBe('华东监能市场〔2019〕52号');
  });
  it('takes a date alone under the closing 特此通知。 as the date of writing (the organ only in the seal)', () => {
    expect(meta(`<h1>某某局关于做好某某工作的通知</h1>${PROSE}<p>特此通知。</p><p>2024年3月12日</p>`).writtenDate).toBe('2024-03-12');
    // a date after ordinary prose is a date in the text, not a signature
    expect(meta(`<h1>某某局关于做好某某工作的通知</h1>${PROSE}<p>2024年3月12日</p>`).writtenDate).toBe('');
  });

  it('takes a date alone under a last paragraph ending in its request (…请遵照执行。) as the date of writing', () => {
    const notice = (closing: string) =>
      meta(
        `<h1>关于发布《某某业务指引》的通知</h1><p>各有关单位：</p><p>为规范某某业务，我局制定了《某某业务指引》，${closing}</p><p>二○○七年十月十二日</p><p>第一章 总则</p>`,
      );
    expect(notice('现予发布，请遵照执行。').writtenDate).toBe('2007-10-12');
    expect(notice('现印发给你们，请结合实际认真贯彻落实。').writtenDate).toBe('2007-10-12');
    // a request that is not the paragraph's last clause closes nothing
    expect(notice('请遵照执行，并于年底前报送执行情况。').writtenDate).toBe('');
  });

  it('reads the date printed on the signer’s line (…主席：尚某某　二〇〇四年六月八日) as the date of writing', () => {
    const order = `<p>某某监督管理委员会令</p><p>第19号</p><p>《某某管理办法》已经2004年3月30日某某监督管理委员会主席办公会议审议通过，现予公布，自2004年7月1日起施行。</p>`;
    expect(meta(`${order}<p>某某监督管理委员会主席：尚某某　二○○四年六月八日</p><h1>某某管理办法</h1><p>第一章 总则</p>`).writtenDate).toBe(
      '2004-06-08',
    );
  });

  it('reads one bracketed organ line as the signature, but not a task list’s organs in charge', () => {
    expect(meta(`<h1>某某县2019年统计公报</h1>${PROSE}<p>（某某县统计局）</p>`).issuer).toBe('某某县统计局');
    const tasks = `<p>1. 加快项目建设。</p><p>（县发展改革委）</p><p>2. 做好要素保障。</p><p>（县自然资源局）</p>`;
    expect(meta(`<h1>某某县重点任务分工方案</h1>${PROSE}${tasks}`).issuer).toBe('');
  });
});
