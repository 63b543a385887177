import { describe, expect, it } from 'vitest';
import { gutters } from '../../utils/pdf/columns';
import { measure } from '../../utils/pdf/layout';
import { tableRuns } from '../../utils/pdf/tables';
import type { Item } from '../../utils/pdf/types';
import { line } from '../helpers/pdf-items';

const item = (str: string, x: number, y: number, w: number, size = 9): Item => ({ str, x, y, w, size, bold: false });

describe("a report's financial statements", () => {
  it('reads a table of row labels beside columns of amounts as one table, not as two columns of text', () => {
    const items: Item[] = [];
    for (let i = 0; i < 30; i++) {
      items.push(item(`资产项目第${i}行`, 62, 100 + i * 20, 150));
      if (i % 3) items.push(item(`${(i * 1234567.89).toFixed(2)} ${(i * 765432.1).toFixed(2)}`, 240, 100 + i * 20, 290));
    }
    expect(gutters(items)).toEqual([]);
  });

  it('reads a two-sided table (收入 | 支出) whose income side ends early as one table, not as two columns', () => {
    // the expenditure side runs on alone below the income side; a third of its rows carry amounts
    const items: Item[] = [];
    for (let i = 0; i < 20; i++) {
      const y = 105 + i * 21;
      items.push(item(`第${i}项支出科目名称`, 375, y, 120, 10.5));
      if (i % 3 === 0) items.push(item('4461.67', 560, y, 30, 10.5), item('4461.67', 620, y, 30, 10.5));
      if (i >= 12) {
        items.push(item(`第${i}项收入科目`, 77, y, 110, 10.5));
        if (i % 4 === 0) items.push(item('9746.50', 300, y, 30, 10.5));
      }
    }
    expect(gutters(items)).toEqual([]);
  });

  it('takes a caption with its unit note at the right (单位：人民币元) for the caption, not the table’s first row', () => {
    const row = (label: string, y: number) => ({
      ...line(label, 62, y, 1, 9),
      x2: 530,
      cells: [
        { text: label, x: 62, x2: 160 },
        { text: '1,000.00', x: 320, x2: 360 },
        { text: '2,000.00', x: 490, x2: 530 },
      ],
    });
    const caption = {
      ...line('1、资产负债表项目变动的情况及原因', 57, 100, 1, 9),
      x2: 530,
      cells: [
        { text: '1、资产负债表项目变动的情况及原因', x: 57, x2: 210 },
        { text: '单位：人民币元', x: 470, x2: 530 },
      ],
    };
    const body = Array.from({ length: 10 }, (_, i) => ({
      ...line(`正文第${i}行的文字内容写满了这一行的宽度`, 62, 700 + i * 14, 1, 9),
      x2: 530,
    }));
    const lines = [caption, row('预付款项', 120), row('应交税费', 140), ...body];
    expect(tableRuns(lines, measure(lines))).toEqual([[1, 2]]);
  });

  it('keeps in the table a run of rows whose amounts are empty, each printed as its label alone where a column starts', () => {
    // 收入 | 决算数 | 支出 | 决算数: the expenditure side runs on past the income side's last row, its amounts mostly empty
    const row = (income: string, spend: string, y: number, amount = '') => {
      const cells = [
        { text: income, x: 68, x2: 220 },
        { text: spend, x: 306, x2: 420 },
        ...(amount ? [{ text: amount, x: 490, x2: 528 }] : []),
      ].filter((c) => c.text);
      return { ...line(cells.map((c) => c.text).join(' '), cells[0]!.x, y, 1, 10.5), x2: cells[cells.length - 1]!.x2, cells };
    };
    const lone = (text: string, y: number) => line(text, 306, y, 1, 10.5);
    const body = Array.from({ length: 10 }, (_, i) => ({
      ...line(`正文第${i}行的文字内容写满了这一行的宽度`, 68, 700 + i * 16, 1, 10.5),
      x2: 528,
    }));
    const lines = [
      row('一、一般公共预算财政拨款收入', '一、一般公共服务支出', 179, '9746.50'),
      row('二、事业收入', '二、外交支出', 195),
      row('', '三、城乡社区支出', 211, '3845.25'),
      lone('四、农林水支出', 227),
      lone('五、交通运输支出', 243),
      lone('六、金融支出', 259),
      lone('七、援助其他地区支出', 275),
      row('', '八、住房保障支出', 291, '461.08'),
      ...body,
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 7]]);
  });

  it('does not stretch that allowance over prose set in columns the page did not part (no amounts in its rows)', () => {
    const pair = (a: string, b: string, y: number) => ({
      ...line(`${a} ${b}`, 45, y, 1, 9),
      x2: 380,
      cells: [
        { text: a, x: 45, x2: 200 },
        { text: b, x: 222, x2: 380 },
      ],
    });
    const lone = (text: string, y: number) => ({ ...line(text, 222, y, 1, 9), x2: 380 });
    const lines = [
      pair('to dispatch an airplane with an', 'States, on the relationship between the', 100),
      pair('inoperative flight control system', 'national Government and the States, or', 111),
      lone('(1) Is not a significant regulatory', 122),
      lone('action under Executive Order 12866,', 133),
      lone('(2) Will not affect intrastate aviation', 144),
      lone('in Alaska, and', 155),
      lone('(3) Will not have a significant', 166),
      pair('determined that a per-operator estimate', 'under the criteria of the Regulatory', 177),
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 1]]);
  });

  /** A statement's row: its label (or none) and its two amounts at x=319 and x=470, 9pt. */
  const stmt = (label: string, y: number, x = 62, amounts = ['3,144,125.23', '-1,819,426.10']) => {
    const cells = [
      ...(label ? [{ text: label, x, x2: line(label, x, y, 1, 9).x2 }] : []),
      ...amounts.map((a, n) => ({ text: a, x: 319 + n * 151, x2: 379 + n * 151 })),
    ];
    return { ...line(cells.map((c) => c.text).join(' '), cells[0]!.x, y, 1, 9), x2: 530, cells };
  };
  const lone = (text: string, x: number, y: number) => line(text, x, y, 1, 9);
  const prose = (y: number) =>
    Array.from({ length: 10 }, (_, i) => ({ ...line(`正文第${i}行的文字内容写满了这一行的宽度`, 57, y + i * 16, 1, 9), x2: 539 }));

  it('keeps in an income statement its row labels wrapped over lines, indented by depth, their amounts empty', () => {
    const lines = [
      stmt('六、其他综合收益的税后净额', 106),
      lone('（一）以后不能重分类进损益的', 80, 126),
      lone('其他综合收益', 62, 142),
      lone('1.重新计量设定受益计划', 107, 162),
      lone('净负债或净资产的变动', 62, 178),
      lone('2.权益法下在被投资单位', 107, 198),
      lone('中享有的份额', 62, 214),
      stmt('5.外币财务报表折算差额', 234, 107),
      ...prose(300),
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 7]]);
  });

  it('keeps in a cash-flow statement under its header the labels before and between rows whose amounts sit a line lower', () => {
    const header = {
      ...line('项目 本期发生额 上期发生额', 122, 549, 1, 9),
      x2: 520,
      cells: [
        { text: '项目', x: 122, x2: 140 },
        { text: '本期发生额', x: 330, x2: 375 },
        { text: '上期发生额', x: 475, x2: 520 },
      ],
    };
    const lines = [
      header,
      lone('一、经营活动产生的现金流量：', 62, 569),
      lone('销售商品、提供劳务收到的现', 80, 589),
      stmt('', 597, 0, ['7,715,912.60', '15,096,149.30']),
      lone('金', 62, 605),
      lone('客户存款和同业存放款项净增', 80, 625),
      lone('加额', 62, 641),
      lone('向中央银行借款净增加额', 80, 661),
      stmt('收到的税费返还', 681, 80),
      ...prose(720),
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 8]]);
  });

  it("keeps a statement's last rows with no amounts, set at the rows' spacing where a column starts, in its table", () => {
    const lines = [
      stmt('五、净利润', 405, 62),
      stmt('（一）持续经营净利润', 425, 80),
      stmt('六、综合收益总额', 445, 62),
      lone('七、每股收益：', 62, 465),
      lone('（一）基本每股收益', 80, 485),
      lone('（二）稀释每股收益', 80, 505),
      line('5、合并现金流量表', 57, 539, 1, 10.5),
      ...prose(580),
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 5]]);
  });

  it('leaves a line after a table that stands further off than the rows do (a heading), or starts elsewhere', () => {
    const lines = [
      stmt('五、净利润', 405, 62),
      stmt('（一）持续经营净利润', 425, 80),
      stmt('六、综合收益总额', 445, 62),
      lone('七、其他说明', 62, 480),
      ...prose(500),
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 2]]);
    const indented = [...lines.slice(0, 3), lone('注：本表数据未经审计。', 120, 465), ...prose(500)];
    expect(tableRuns(indented, measure(indented))).toEqual([[0, 2]]);
  });

  it('keeps in a statement a row whose one amount prints alone on its line, between its label’s lines', () => {
    const lines = [
      stmt('经营活动产生的现金流量净额', 433, 62),
      lone('二、投资活动产生的现金流量：', 62, 453),
      lone('收回投资收到的现金', 80, 473),
      lone('取得投资收益收到的现金', 80, 493),
      lone('购建固定资产、无形资产和其', 80, 513),
      { ...line('14,038.38', 494, 521, 1, 9), x2: 530 },
      lone('他长期资产支付的现金', 62, 529),
      lone('投资支付的现金', 80, 549),
      stmt('投资活动现金流出小计', 569, 62),
      ...prose(620),
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([[0, 8]]);
  });
});
