/** A long report's front matter: the cover's lines and the 目录's dotted-leader entries are no headings. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { pagesToDocument } from '../../utils/pdf';
import { contentsRuns, leaderCells } from '../../utils/pdf/contents';
import { line, page, paragraph } from '../helpers/pdf-items';
import { JSDOM } from 'jsdom';

const doc = () => new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window.document;

describe('a 目录 and a cover', () => {
  it('reads an entry’s text and page number, with or without the number', () => {
    expect(leaderCells('一、部门主要职能 ……………………………… 3')).toEqual(['一、部门主要职能', '3']);
    expect(leaderCells('1. 2026年部门收入预算总表 ………………………………')).toEqual(['1. 2026年部门收入预算总表', '']);
    expect(leaderCells('Part 2 Definitions . . . . . . . . 12')).toEqual(['Part 2 Definitions', '12']);
    expect(leaderCells('一、总体情况')).toBeNull();
    expect(leaderCells('签名：……………… 日期')).toBeNull();
  });

  it('needs three entries close together for a contents list', () => {
    const entries = ['一、总则 ………… 1', '二、职能 ………… 3', '三、附则 ………… 9'].map((t, i) => line(t, 60, 100 + i * 20, 2, 14));
    expect(contentsRuns(entries)).toEqual([[0, 2]]);
    expect(contentsRuns(entries.slice(0, 2))).toEqual([]);
  });

  it('sets the cover’s lines as plain text and the 目录 as a table, so neither reaches the outline', () => {
    const cover = page(1, [line('某某区2026年区级部门预算', 150, 300, 1, 26), line('预算主管部门：某某区司法局', 180, 500, 1, 16)]);
    const toc = page(2, [
      line('目 录', 270, 80, 2, 18),
      ...['一、部门主要职能', '二、部门机构设置', '三、名词解释'].map((t, i) =>
        line(`${t} ……………………………… ${i + 3}`, 80, 130 + i * 24, 2, 14),
      ),
    ]);
    const body = page(3, [
      line('一、部门主要职能', 80, 100, 3, 16),
      ...paragraph('负责本区司法行政工作，制定本区司法行政工作规划、年度计划并组织实施，承担有关方面的协调工作。', 130, { page: 3 }).lines,
      line('二、部门机构设置', 80, 300, 3, 16),
      ...paragraph('本部门下设若干内设机构和事业单位，具体情况如下所述，供社会公众查阅和监督。', 330, { page: 3 }).lines,
    ]);
    const d = pagesToDocument([cover, toc, body], doc(), '');
    const html = d.body.innerHTML;
    expect(html).toMatch(/<table>.*<td>一、部门主要职能<\/td><td>3<\/td>/);
    expect(html).not.toContain('<strong><a id="page-1"></a>预算主管部门');
    const out = extractArticle(d, 'https://example.gov.cn/budget.pdf');
    expect(out.ok && out.page.outline.map((h) => h.title)).toEqual(['部门主要职能', '部门机构设置']);
  });
});
