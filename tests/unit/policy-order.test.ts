/** An order's name and number before the document it promulgates (国务院公报 titles, order mastheads). */
import { describe, expect, it } from 'vitest';
import { bareOrder, orderDate, orderMasthead, organOrder } from '../../utils/extract/head/policy-order';
import { readPolicyMeta } from '../../utils/extract/head/policy';
import { parseHtml } from '../../scripts/lib/dom';
import { splitDocNumber } from '../../utils/extract/head/title-labels';

describe('orders', () => {
  it('moves an order name and number opening a title to the number field', () => {
    expect(splitDocNumber('国家质量监督检验检疫总局令（第156号）　　中华人民共和国工业产品生产许可证管理条例实施办法')).toEqual({
      title: '中华人民共和国工业产品生产许可证管理条例实施办法',
      docNumber: '国家质量监督检验检疫总局令第156号',
    });
    expect(splitDocNumber('某部 某委令　（第20号）　　电子招标投标办法').title).toBe('电子招标投标办法');
  });
  it('reads the one organ of an order printed with its 令 over a spaced number', () => {
    expect(orderMasthead(['国家质量监督检验检疫总局令', '第　156　号'], 1)).toBe('国家质量监督检验检疫总局');
    expect(orderMasthead(['国家互联网信息办公室', '中华人民共和国教育部', '令', '第15号'], 3)).toBe(
      '国家互联网信息办公室、中华人民共和国教育部',
    );
    expect(orderMasthead(['关于印发办法的通知', '第15号'], 1)).toBe('');
  });
  it('dates an order by the date line closing its promulgation text, not the adoption date inside it', () => {
    const lines = [
      '国家质量监督检验检疫总局令',
      '第 156 号',
      '《某某办法》已经2014年4月8日局务会议审议通过，现予公布，自2014年8月1日起施行。',
      '局　长　支树平',
      '2014年4月21日',
      '某某办法',
      '第一章　总　则',
    ];
    expect(orderDate(lines, 1)).toBe('2014-04-21');
    expect(orderDate(['某某局令', '第 3 号', '第一条　为了规范管理，制定本办法。'], 1)).toBe('');
  });
  it('gives one organ’s order to that organ, numbered 令第N号, printed on one line or over two', () => {
    expect(organOrder('某某监督管理委员会令第19号')).toEqual({ issuer: '某某监督管理委员会', docNumber: '令第19号' });
    expect(organOrder('令第15号')).toBeNull();
    expect(organOrder('某发〔2020〕8号')).toBeNull();
    const meta = (head: string) =>
      readPolicyMeta(
        parseHtml(
          `<html><body>${head}<p>《某某管理办法》已经2004年3月30日审议通过，现予公布，自2004年7月1日起施行。</p><p>主席　尚某某</p><p>2004年6月8日</p><h1>某某管理办法</h1><p>第一章 总则</p></body></html>`,
        ).window.document,
        '某某管理办法',
      );
    for (const head of ['<p>某某监督管理委员会令　第19号</p>', '<p>某某监督管理委员会令</p><p>第 19 号</p>']) {
      expect(meta(head)).toMatchObject({ issuer: '某某监督管理委员会', docNumber: '令第19号', writtenDate: '2004-06-08' });
    }
  });
  it('reads an order whose masthead is only an image: the bare number, the promulgation text, the office signing it', () => {
    const lines = [
      '2017-01-18 13:34',
      '第35号',
      '《某某管理办法》已经某某监督管理委员会主任办公会议审议通过，现予公布，自公布之日起施行。',
      '某某监督管理委员会主任',
      '2017年1月7日',
      '某某管理办法',
      '第一章 总则',
    ];
    expect(bareOrder(lines, 1)).toEqual({ issuer: '某某监督管理委员会', docNumber: '令第35号' });
    expect(bareOrder(['第35号', '第一条 为了规范管理，制定本办法。'], 0)).toBeNull();
    const html = lines.map((l) => `<p>${l}</p>`).join('');
    const meta = readPolicyMeta(parseHtml(`<html><body>${html}</body></html>`).window.document, '某某管理办法');
    expect(meta).toMatchObject({ issuer: '某某监督管理委员会', docNumber: '令第35号', writtenDate: '2017-01-07' });
  });
});
