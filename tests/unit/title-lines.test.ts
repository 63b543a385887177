// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markTitleLines, restoreTitleLines } from '../../utils/extract/passes/title-lines';

const body = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe('title lines (引题 / 副题)', () => {
  it('reads only marked lines right beside a heading, without links, short', () => {
    const found = markTitleLines(
      body(`<p class="subtitle">站点口号</p><div>x</div>
        <p class="pre-title">引题一行</p><h1>主标题</h1><p class="fbt">副题一行</p>
        <h2>另一标题</h2><p class="subtitle"><a href="/x">相关链接</a></p>
        <h3>第三标题</h3><p class="sub-title">${'很长的'.repeat(30)}</p>`),
    );
    expect(found).toEqual([{ heading: '主标题', above: ['引题一行'], below: ['副题一行'] }]);
  });

  it('puts the chosen title’s missing lines first, in page order, and none twice', () => {
    const found = [{ heading: '主标题', above: ['引题一行'], below: ['副题一行'] }];
    const article = body('<p>正文第一段。</p>');
    expect(restoreTitleLines(article, '主标题', found)).toBe(2);
    expect(Array.from(article.children).map((p) => p.textContent)).toEqual(['引题一行', '副题一行', '正文第一段。']);
    expect(restoreTitleLines(article, '主标题', found)).toBe(0);
    expect(restoreTitleLines(body('<p>正文。</p>'), '别的标题', found)).toBe(0);
  });
});

describe('title lines inside one heading (digital editions of newspapers)', () => {
  it('reads the rows or <br> lines of a heading as 引题 / 主题 / 副题 around whichever is the title', () => {
    const rows = markTitleLines(
      body('<h1><table><tr><td>引题一行</td></tr><tr><td>主标题</td></tr><tr><td>副题一行</td></tr><tr><td></td></tr></table></h1>'),
    );
    expect(rows.find((f) => f.heading === '主标题')).toEqual({ heading: '主标题', above: ['引题一行'], below: ['副题一行'] });
    const brs = markTitleLines(body('<h1>主标题<br>副题一行</h1>'));
    expect(brs.find((f) => f.heading === '主标题')).toEqual({ heading: '主标题', above: [], below: ['副题一行'] });
    const article = body('<p>正文。</p>');
    expect(restoreTitleLines(article, '主标题', rows)).toBe(2);
    expect(article.textContent).toBe('引题一行副题一行正文。');
  });

  it('leaves headings with links or images, long lines or more than three lines alone', () => {
    expect(markTitleLines(body('<h1><a href="/">站点名</a><br>主标题</h1>'))).toEqual([]);
    expect(markTitleLines(body(`<h1>主标题<br>${'很长的'.repeat(30)}</h1>`))).toEqual([]);
    expect(markTitleLines(body('<h1>一<br>二<br>三<br>四</h1>'))).toEqual([]);
    expect(markTitleLines(body('<h1>只有一行</h1>'))).toEqual([]);
  });
});
