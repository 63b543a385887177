import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { emptyPolicy } from '../../utils/model';
import { isPolicyMetaTable, readPolicyMeta } from '../../utils/extract/head/policy';
import { normaliseDocNumber, policyDate } from '../../utils/extract/head/policy-values';
import * as F from '../helpers/policy-fixtures';

const doc = (html: string) => parseHtml(html).window.document;
const meta = (html: string) => readPolicyMeta(doc(html));

describe('normaliseDocNumber', () => {
  it.each([
    ['国发[2019]8号', '国发〔2019〕8号'],
    ['国发【2019】8号', '国发〔2019〕8号'],
    ['国发(2019)8号', '国发〔2019〕8号'],
    ['国发（2019）8号', '国发〔2019〕8号'],
    ['国发〔2019〕8号', '国发〔2019〕8号'],
    ['国发［2019］8号', '国发〔2019〕8号'],
    ['国办发 〔2018〕 120 号', '国办发〔2018〕120号'],
    ['国办发〔２０１８〕１２０号', '国办发〔2018〕120号'],
    ['国令第706号', '国令第706号'],
    ['国务院令第707号', '国务院令第707号'],
  ])('%s → %s', (raw, want) => expect(normaliseDocNumber(raw)).toBe(want));
});

describe('policyDate', () => {
  it.each([
    ['2019年3月1日', '2019-03-01'],
    ['2019年03月01日', '2019-03-01'],
    ['2019-03-01 10:30', '2019-03-01'],
    ['2019/3/1', '2019-03-01'],
    ['2019.03.01', '2019-03-01'],
    ['２０１９年３月１日', '2019-03-01'],
    ['一九九七年四月八日', '1997-04-08'],
    ['二〇一八年十二月二十九日', '2018-12-29'],
    ['二○○四年十月十日', '2004-10-10'],
    ['二零二零年一月三十一日', '2020-01-31'],
    ['二〇一九年二月三十日', ''],
    ['近日', ''],
  ])('%s → %s', (raw, want) => expect(policyDate(raw)).toBe(want));
});

describe('readPolicyMeta', () => {
  it('reads a gov.cn metadata table with letter-spaced labels', () => {
    expect(meta(F.GOVCN_TABLE)).toEqual({
      ...emptyPolicy(),
      issuer: '国务院',
      docNumber: '国发〔2019〕8号',
      indexNumber: '000014349/2019-00031',
      subject: '科技、教育\\科技',
      writtenDate: '2019-02-20',
      publishDate: '2019-03-01',
    });
  });

  it('reads "<span>label：</span>value" lists and prefers them to <meta> tags', () => {
    expect(meta(F.PROVINCIAL_LIST)).toEqual({
      issuer: '示例省人民政府',
      docNumber: '皖政〔2019〕12号',
      indexNumber: '11340000002986061N/2019-01234',
      subject: '综合政务',
      writtenDate: '2019-03-05',
      publishDate: '2019-03-08',
      source: '省政府办公厅',
      author: '王明',
    });
  });

  it('falls back to CMS <meta> tags, and never takes Keywords as the subject', () => {
    expect(meta(F.META_ONLY)).toEqual({
      ...emptyPolicy(),
      publishDate: '2021-06-01',
      source: '示例市市场监督管理局',
      author: '李华',
    });
  });

  it('reads the 文号 line and the signature of a notice without metadata', () => {
    const m = meta(F.TEXT_ONLY);
    expect(m.docNumber).toBe('国办发〔1997〕11号');
    expect(m.issuer).toBe('国务院办公厅');
    expect(m.writtenDate).toBe('1997-04-08'); // the main signature, not the attachment's date
    expect([m.indexNumber, m.subject, m.publishDate]).toEqual(['', '', '']);
  });

  it('reads an order number printed over two lines; the organ its heading names issues it, not the person signing', () => {
    const m = meta(F.ORDER);
    // the organ named before 令 issues it; the number reads 令第N号, as the blind labels of 国务院公报 orders read it
    expect(m.docNumber).toBe('令第706号');
    expect(m.writtenDate).toBe('2018-12-29');
    // one organ's order prints its name with the 令 (as the blind labels of two 国务院公报 orders read it)
    expect(m.issuer).toBe('中华人民共和国国务院');
  });

  it('joins the organs of a joint signature printed on the date line', () => {
    const m = meta(F.JOINT_SIGNATURE);
    expect(m.docNumber).toBe('国办发〔2018〕120号');
    expect(m.issuer).toBe('国务院办公厅、中央军委办公厅');
    expect(m.writtenDate).toBe('2018-12-29');
  });

  it('reads schema.org Legislation from JSON-LD', () => {
    expect(meta(F.JSON_LD)).toMatchObject({
      issuer: '国务院',
      docNumber: '国令第707号',
      writtenDate: '2018-12-18',
      publishDate: '2018-12-22',
    });
  });

  it('does not take a row of a data table for a signature', () => {
    expect(meta(F.DATA_TABLE)).toEqual(emptyPolicy());
  });

  it('leaves every field empty on a page without policy metadata', () => {
    expect(meta(F.NO_META)).toEqual(emptyPolicy());
    expect(meta('<html><body></body></html>')).toEqual(emptyPolicy());
  });

  it('accepts colon-less labels only as whole table cells', () => {
    const html = `<table><tr><th>索引号</th><td>000014349/2020-00001</td><th>文号</th><td>国办函(2020)5号</td></tr></table>
      <p>索引号是文件的编号。</p>`;
    expect(meta(html)).toMatchObject({ indexNumber: '000014349/2020-00001', docNumber: '国办函〔2020〕5号' });
    expect(meta('<p>文号 国办函(2020)5号，详见附件。</p>').docNumber).toBe('');
  });

  it('ignores placeholder values and falls back to the text', () => {
    const html = F.TEXT_ONLY.replace('<div class="article">', '<p><span>发文字号：</span>无</p><div class="article">');
    expect(meta(html).docNumber).toBe('国办发〔1997〕11号');
  });

  it('does not touch the document', () => {
    const d = doc(F.GOVCN_TABLE);
    const before = d.body.innerHTML;
    readPolicyMeta(d);
    expect(d.body.innerHTML).toBe(before);
  });
});

describe('isPolicyMetaTable', () => {
  it('is true for the metadata table only', () => {
    const d = doc(F.GOVCN_TABLE);
    expect(isPolicyMetaTable(d.getElementById('meta')!)).toBe(true);
    expect(isPolicyMetaTable(d.getElementById('body')!)).toBe(false);
  });

  it('is true for a metadata list, false for news info lines and plain tables', () => {
    const d = doc(F.PROVINCIAL_LIST);
    expect(isPolicyMetaTable(d.querySelector('.xxgk')!)).toBe(true);
    expect(isPolicyMetaTable(d.querySelector('.info')!)).toBe(false);
    expect(isPolicyMetaTable(doc(F.NO_META).querySelector('table')!)).toBe(false);
  });

  it('is false for a layout table that wraps the metadata and the text together', () => {
    const d = doc(
      F.GOVCN_TABLE.replace('<div class="wrap">', '<table id="layout"><tr><td>').replace('</div></body>', '</td></tr></table></body>'),
    );
    expect(isPolicyMetaTable(d.getElementById('layout')!)).toBe(false);
    expect(isPolicyMetaTable(d.getElementById('meta')!)).toBe(true);
  });
});

describe('an issuer the title names without its place', () => {
  it('takes the full name from the 发布机构 row that ends with it', () => {
    const html = `<body><div class="sx-item"><div class="sx-title">发 布 机 构：</div><div class="sx-con">宁波市海洋与渔业局</div></div>
      <div class="sx-item"><div class="sx-title">发 文 字 号：</div><div class="sx-con">甬海渔〔2024〕17号</div></div>
      <p style="text-align:center"><b>市海洋与渔业局关于做好2024年伏季休渔管理工作的通知</b></p>
      <p>各区（县、市）海洋与渔业主管部门：</p><p>现就有关事项通知如下。</p><p>2024年4月22日</p></body>`;
    const m = readPolicyMeta(doc(html), '市海洋与渔业局关于做好2024年伏季休渔管理工作的通知');
    expect(m.issuer).toBe('宁波市海洋与渔业局');
  });
});
