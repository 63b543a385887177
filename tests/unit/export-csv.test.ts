import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField, fromBackupJson, toClipsCsv, toCsv } from '../../utils/export/index';
import { parseCsv } from './csv-parse';

process.env.TZ = 'Asia/Shanghai'; // the clipped date is local; the fixtures save at noon UTC anyway

const bundleOf = (file: string) => fromBackupJson(readFileSync(new URL(file, import.meta.url), 'utf8'));

/** Exact comparison with a stored file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const url = new URL(`../fixtures/export/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, actual);
  expect(existsSync(url), `missing golden file ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

describe('toCsv', () => {
  it.each(['sample', 'tricky'])('matches the golden file for %s', (name) => {
    const file = name === 'sample' ? '../fixtures/backup/sample.json' : '../fixtures/export/tricky.json';
    golden(`${name}.csv`, toCsv(bundleOf(file)));
  });

  it('starts with a BOM and the header, ends lines with CRLF', () => {
    const csv = toCsv(bundleOf('../fixtures/backup/sample.json'));
    expect(
      csv.startsWith('\uFEFF"Clip title","Document number","Issuer","Date written","Section","Quote","Note","Colour","URL","Clipped"\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 7 + 1);
    expect(csv).toContain(
      '\r\n"某市公共数据开放管理办法","某府规〔2024〕3号","某市人民政府","2024-03-01","某市公共数据开放管理办法 › 第一章 总 则 › 第三条",',
    );
    expect(csv).toContain(',"2024-03-06"\r\n');
  });

  it('reads back, in Chinese, as an Excel 台账: 文号, 发文机关, 成文日期 beside every highlight', () => {
    const csv = toCsv(bundleOf('../fixtures/backup/sample.json'), { locale: 'zh-CN' });
    golden('sample.zh-CN.csv', csv);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(['标题', '文号', '发文机关', '成文日期', '章节', '高亮内容', '批注', '颜色', '链接', '剪藏日期']);
    expect(rows).toHaveLength(7);
    const pink = rows.find((r) => r[5] === '但是依法已经公开或者经权利人同意的除外')!;
    expect(pink.slice(0, 4)).toEqual(['某市公共数据开放管理办法', '某府规〔2024〕3号', '某市人民政府', '2024-03-01']);
    expect(pink[6]).toBe('例外条款：注意“经权利人同意”的举证责任。\n待核实上位法依据。');
    expect(pink[7]).toBe('粉色');
    expect(rows.map((r) => r[7])).toContain('黄色');
    // a news page without 文号 keeps its columns, empty
    expect(rows.find((r) => r[0] === '把企业的“急难愁盼”当作“指南针”')!.slice(1, 4)).toEqual(['', '', '']);
  });

  it('lists every clip once in the clips CSV, with its register fields, highlight count and collections', () => {
    const bundle = bundleOf('../fixtures/backup/sample.json');
    const zh = toClipsCsv(bundle, { locale: 'zh-CN' });
    golden('sample-clips.zh-CN.csv', zh);
    golden('sample-clips.csv', toClipsCsv(bundle));
    expect(zh.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(zh.slice(1));
    expect(header).toEqual([
      '标题',
      '文号',
      '发文机关',
      '成文日期',
      '发布日期',
      '索引号',
      '主题分类',
      '网站',
      '链接',
      '剪藏日期',
      '高亮数',
      '合集',
    ]);
    expect(rows).toHaveLength(bundle.clips.length);
    expect(rows[0]!.slice(0, 8)).toEqual([
      '某市公共数据开放管理办法',
      '某府规〔2024〕3号',
      '某市人民政府',
      '2024-03-01',
      '2024-03-05',
      '000000000/2024-00031',
      '综合政务\\其他',
      '某市人民政府网',
    ]);
    expect(rows.map((r) => r[10])).toEqual(['3', '3', '1']);
    expect(rows[2]![4]).toBe('2024-05-20'); // no policy date: the page's own
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('keeps the formula guard in the clips CSV', () => {
    const bundle = bundleOf('../fixtures/backup/sample.json');
    const clip = { ...bundle.clips[0]!, title: '=HYPERLINK("http://evil.example")', siteName: '@SUM(A1)' };
    const [, row] = parseCsv(toClipsCsv({ ...bundle, clips: [clip] }).slice(1));
    expect(row![0]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row![7]).toBe("'@SUM(A1)");
  });

  it('quotes every field per RFC 4180', () => {
    expect(csvField('plain 文本')).toBe('"plain 文本"');
    expect(csvField('')).toBe('""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    // a ";" inside quotes is no cell break in a ";" locale
    expect(csvField('x;y')).toBe('"x;y"');
  });

  it('defuses formulas at the start of a field', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+86 10')).toBe(`"'+86 10"`);
    expect(csvField('-5')).toBe(`"'-5"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvField('  =1')).toBe(`"  '=1"`);
    // Tab and CR are skipped by Excel before a formula, and start a cell when a file is read as tab-separated
    expect(csvField('\t=1')).toBe(`"'\t'=1"`);
    expect(csvField('\r=1')).toBe(`"'\r'=1"`);
  });

  it('defuses formulas after a ";", a Tab or a CR, where ";"-locale and tab-separated readers start a cell', () => {
    expect(csvField('Tenancy Act;=HYPERLINK("http://evil.example","Read")')).toBe(
      `"Tenancy Act;'=HYPERLINK(""http://evil.example"",""Read"")"`,
    );
    expect(csvField('x;=HYPERLINK(1)')).toBe(`"x;'=HYPERLINK(1)"`);
    expect(csvField('a\t=1')).toBe(`"a\t'=1"`);
    expect(csvField('a\r+1')).toBe(`"a\r'+1"`);
    expect(csvField('a; @SUM(A1)')).toBe(`"a; '@SUM(A1)"`);
    expect(csvField('a;\t-1')).toBe(`"a;'\t'-1"`);
  });

  it('leaves ordinary text alone: dates, ranges, inner signs, full-width ；, line breaks before a list item', () => {
    for (const text of ['2024-01-02', '5-6', 'a=b', 'x - y', '第三条；-（一）', 'A+B', 'mail a@b.cn', 'note\n- item', 'note\r\n- item'])
      expect(csvField(text), JSON.stringify(text)).toBe(`"${text}"`);
    // the price of the guard: a minus sign where a cell could start reads as text with an apostrophe
    expect(csvField('rates; -5 %')).toBe(`"rates; '-5 %"`);
  });
});
