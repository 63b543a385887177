/**
 * A journal set in three columns (the Federal Register): running heads and print-control lines across the gutters,
 * paragraphs judged by their column's edges, a five-digit page number, the title above `AGENCY:`.
 */
import { describe, expect, it } from 'vitest';
import { gutters, readingColumns } from '../../utils/pdf/columns';
import { dropFurniture } from '../../utils/pdf/furniture';
import { measure } from '../../utils/pdf/layout';
import { itemsToLines } from '../../utils/pdf/lines';
import { toBlocks } from '../../utils/pdf/paragraphs';
import { tableRuns } from '../../utils/pdf/tables';
import { titleLines } from '../../utils/pdf/title';
import type { Item, TextLine } from '../../utils/pdf/types';
import { line, page } from '../helpers/pdf-items';

const H = 792;
const COLS = [45, 222, 399];
const it_ = (str: string, x: number, y: number, w: number, size = 9): Item => ({ str, x, y, w, size, bold: false });

/** Three columns of 40 lines, a running head and a print-control line crossing the gutters, one spanning table row. */
function journalPage(): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < 40; i++) for (const x of COLS) items.push(it_(`text ${x} ${i}`, x, 80 + i * 16, 165));
  items.push(
    it_('47700', 45, 42, 30, 11),
    it_('Federal Register', 120, 42, 77, 10),
    it_('/ Vol. 85, No. 152 / Proposed Rules', 199, 42, 293, 10),
  );
  items.push(it_('VerDate Sep<11>2014 16:21 Aug 05, 2020 Jkt 250001', 25, 772, 171, 6.5), it_('PO 00000', 203, 772, 29, 6.5));
  items.push(it_('E:\\FR\\FM\\06AUP1.SGM', 349, 772, 70, 6.5));
  items.push(it_('1 work-hour', 195, 735, 43, 8));
  return items;
}

describe('a three-column journal page', () => {
  it('finds both gutters though the running head and print-control line cross them, and keeps those lines whole', () => {
    const items = journalPage();
    expect(gutters(items, H)).toHaveLength(2);
    const groups = readingColumns(items, H);
    const head = groups.find((g) => g.items.some((i) => i.str === '47700'))!;
    expect(head.column).toBe(-1);
    expect(itemsToLines(head.items, 1).map((l) => l.text)).toEqual(['47700 Federal Register / Vol. 85, No. 152 / Proposed Rules']);
    expect(groups.filter((g) => g.column === 1).flatMap((g) => g.items)).toHaveLength(40);
  });

  it('joins a paragraph set in the middle column, judged by that column’s edges', () => {
    const words = 'the FAA proposes to supersede an airworthiness directive that applies to all the airplanes'.split(' ');
    const col = (text: string, i: number, x = 222, x2 = 386): TextLine => ({ ...line(text, x, 100 + i * 10, 1, 9), x2, column: 1 });
    const first = [0, 1, 2, 3].map((i) => col(words.slice(i * 4, i * 4 + 4).join(' '), i, i === 0 ? 231 : 222));
    const last = col('the end.', 4, 222, 260);
    // a first column full of body lines gives the page its measures: left 45, right well past the middle column
    const left = Array.from({ length: 30 }, (_, i): TextLine => ({
      ...line(`left column line ${i}`, 45, 100 + i * 10, 1, 9),
      x2: 212,
      column: 0,
    }));
    const right = Array.from({ length: 30 }, (_, i): TextLine => ({
      ...line(`right column line ${i}`, 399, 100 + i * 10, 1, 9),
      x2: 564,
      column: 2,
    }));
    const lines = [...left, ...first, last, ...right];
    const blocks = toBlocks(lines, measure(lines));
    expect(blocks.filter((b) => b.text.includes('supersede'))[0]!.text).toBe(
      'the FAA proposes to supersede an airworthiness directive that applies to all the airplanes the end.',
    );
  });

  it('drops a five-digit page number opening a page', () => {
    const pages = [page(1, [line('47698', 45, 42, 1, 11), line('Body text of the page.', 45, 120, 1, 9)])];
    expect(dropFurniture(pages).flatMap((p) => p.lines.map((l) => l.text))).toEqual(['Body text of the page.']);
  });

  it('takes the bold lines above AGENCY: for the title; the section banner and the heading block above it are its masthead', () => {
    const bold = (text: string, y: number, size = 9) => ({ ...line(text, 45, y, 1, size), bold: true });
    const lines = [
      bold('Proposed Rules', 69, 18),
      bold('DEPARTMENT OF TRANSPORTATION', 211),
      bold('14 CFR Part 39', 249),
      bold('RIN 2120–AA64', 292, 8),
      bold('Airworthiness Directives; The Boeing', 310),
      bold('Company Airplanes', 320),
      line('AGENCY: Federal Aviation', 45, 336, 1, 9),
      ...Array.from({ length: 20 }, (_, i) => line(`body line number ${i} of the summary text`, 45, 350 + i * 10, 1, 9)),
    ];
    const t = titleLines(lines, measure(lines));
    expect([...t.title].map((l) => l.text)).toEqual(['Airworthiness Directives; The Boeing', 'Company Airplanes']);
    expect([...t.masthead].map((l) => l.text)).toEqual([
      'Proposed Rules',
      'DEPARTMENT OF TRANSPORTATION',
      '14 CFR Part 39',
      'RIN 2120–AA64',
    ]);
  });
});

describe('a report’s tables', () => {
  it('ends a table at a bigger caption line, the next table’s, between two rows', () => {
    const row = (label: string, y: number, size = 9): TextLine => ({
      ...line(label, 62, y, 1, size),
      x2: 530,
      cells: [
        { text: label, x: 62, x2: 200 },
        { text: '1,000.00', x: 320, x2: 360 },
        { text: '2,000.00', x: 490, x2: 530 },
      ],
    });
    const body = Array.from({ length: 10 }, (_, i) => ({
      ...line(`正文第${i}行的文字内容写满了这一行的宽度`, 62, 700 + i * 14, 1, 9),
      x2: 530,
    }));
    const lines = [
      row('经营活动现金流入小计', 100),
      row('六、期末现金余额', 120),
      line('6、母公司现金流量表', 57, 140, 1, 10.5),
      row('一、经营活动产生的现金流量', 160),
      row('收到的税费返还', 180),
      ...body,
    ];
    expect(tableRuns(lines, measure(lines))).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });
});

describe('an agenda’s items', () => {
  it('keeps a reference wrapped to the next line (… Government Code / Section 54957) in its item, a long line being no centred one', () => {
    const body = Array.from({ length: 20 }, (_, i) => ({
      ...line(`welcome text line ${i} of the agenda`, 50, 260 + i * 9, 1, 8),
      x2: 573,
    }));
    const item = { ...line('2.1 Public Employee Performance Evaluation – Pursuant to Government Code', 107, 570, 1, 11), x2: 492 };
    const wrapped = { ...line('Section 54957', 129, 583, 1, 11), x2: 199 };
    const lines = [...body, item, wrapped];
    const heads = toBlocks(lines, measure(lines)).filter((b) => b.kind === 'heading');
    expect(heads.map((b) => b.text)).toEqual(['2.1 Public Employee Performance Evaluation – Pursuant to Government Code Section 54957']);
  });
});
