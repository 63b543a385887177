// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../utils/markdown/html-to-markdown';

const md = (html: string) => {
  document.body.innerHTML = html;
  return htmlToMarkdown(document.body);
};

describe('htmlToMarkdown tables', () => {
  it('a data table becomes one grid of its own rows, with pipes escaped', () => {
    expect(md('<table><tr><th>文号</th><th>机关</th></tr><tr><td>国发〔2019〕8号</td><td>国务院 | 办公厅</td></tr></table>')).toBe(
      '| 文号 | 机关 |\n| --- | --- |\n| 国发〔2019〕8号 | 国务院 \\| 办公厅 |\n',
    );
  });

  it('a layout table with tables inside is read as its cells’ text, each passage once', () => {
    const out = md(
      '<table><tr><td><table><tr><td>博客标题</td></tr></table></td><td>' +
        '<table><tr><td><b>湘菜粤菜</b> 2005-06-14</td></tr><tr><td><p>湘菜浓妆淡抹。</p><p>粤菜明艳照人。</p></td></tr></table>' +
        '</td></tr></table>',
    );
    expect(out).toBe('博客标题\n\n**湘菜粤菜** 2005-06-14\n\n湘菜浓妆淡抹。\n\n粤菜明艳照人。\n');
    expect(out).not.toMatch(/\|/);
  });

  it('a one-cell box or a table with one filled cell per row is paragraphs, not a grid', () => {
    expect(md('<table><tbody><tr><td>附件：实施细则</td></tr></tbody></table><p>正文。</p>')).toBe('附件：实施细则\n\n正文。\n');
    expect(md('<table><tr><td>个人信息</td><td> </td></tr><tr><td></td><td>最新文章</td></tr></table>')).toBe('个人信息\n\n最新文章\n');
  });
});
