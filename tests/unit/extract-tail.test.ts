import { describe, expect, it } from 'vitest';
import { isTeaserItem, removeTeaserLists } from '../../utils/extract/passes/teaser-lists';
import { isCommentHeading, trimCommentTail } from '../../utils/extract/passes/comment-tail';
import { removeLinkLists } from '../../utils/extract/passes/link-blocks';
import { parseHtml } from '../../scripts/lib/dom';

const BODY =
  '<p>正文第一段，讲清楚这件事的来龙去脉，篇幅较长，足以构成文章的主体内容。</p><p>正文第二段，继续说明有关情况和下一步的安排。</p>';
const root = (html: string) => parseHtml(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('teaser lists', () => {
  it.each([
    '在前男友婚礼秀翻全场 2019-09-06 66',
    '城市公园迎来赏花高峰2024-04-02312',
    '【深度】商业街改造的三种路径 2024-04-01',
    '旧厂房变身创意产业园 (2024年4月1日 09:30)',
  ])('headline then date: %s', (t) => expect(isTeaserItem(t)).toBe(true));
  it.each([
    '2024-04-02 城市公园迎来赏花高峰',
    '会议要求各单位在2024-04-02前报送材料。',
    '城市公园迎来赏花高峰',
    '1.关于加强春耕工作的通知 2015-03-02',
    '（二）关于做好防汛工作的意见 2016-05-02',
    '国办发〔2016〕12号 2016-05-02',
  ])('not a teaser: %s', (t) => expect(isTeaserItem(t)).toBe(false));

  it('removes a headline-and-date list with its short heading, even without links', () => {
    const r = root(
      `${BODY}<section><h4>相关内容</h4><ul><li><h5>甲新闻标题</h5><time>2019-09-04</time><span>0</span></li><li><h5>乙新闻标题文字</h5><time>2019-09-04</time></li><li><h5>丙新闻标题内容</h5><time>2019-09-03</time><span>12</span></li></ul></section>`,
    );
    removeTeaserLists(r);
    expect(r.textContent).not.toContain('新闻标题');
    expect(r.textContent).not.toContain('相关内容');
    expect(r.textContent).toContain('下一步的安排。');
  });

  it('keeps timelines (date first), two-item lists and tables of documents', () => {
    const kept = [
      '<ul><li>2019-09-04 召开动员大会</li><li>2019-09-10 完成摸底调查</li><li>2019-10-01 全面推开</li></ul>',
      '<ul><li>甲新闻标题 2019-09-04</li><li>乙新闻标题 2019-09-04</li></ul>',
      '<table><tr><td>关于加强春耕工作的通知</td><td>2019-09-04</td></tr><tr><td>关于做好防汛工作的通知</td><td>2019-09-05</td></tr><tr><td>关于开展安全检查的通知</td><td>2019-09-06</td></tr></table>',
    ];
    for (const html of kept) {
      const r = root(`${BODY}${html}`);
      const before = r.textContent;
      removeTeaserLists(r);
      expect(r.textContent).toBe(before);
    }
  });
});

describe('comment tail', () => {
  it.each(['发表评论', '网友评论（12）', '《社区图书角开放一周年》已有3件评论', '共 11 条评论', '我来说两句'])('comment heading: %s', (t) =>
    expect(isCommentHeading(t)).toBe(true),
  );
  it.each(['评论员文章要有观点', '发表评论文章的注意事项如下，各单位应当遵守。', '征求意见期间已有12条评论意见被采纳。'])(
    'not a heading: %s',
    (t) => expect(isCommentHeading(t)).toBe(false),
  );

  it('drops the comment heading and everything after it, at any depth', () => {
    const r = root(
      `<div>${BODY}<div><h3>已有2条评论</h3><ul><li>评论一，说得很对。</li><li>评论二，支持。</li></ul></div><p>侧栏：作者简介</p></div><p>页脚友情链接</p>`,
    );
    expect(trimCommentTail(r)).toBe(true);
    expect(r.textContent).toContain('下一步的安排。');
    expect(r.textContent).not.toMatch(/评论|侧栏|页脚/);
  });

  it('leaves the article alone when the heading comes before most of the text', () => {
    const r = root(`<h3>最新评论</h3><p>某网友：好文章。</p>${BODY}`);
    const before = r.textContent;
    expect(trimCommentTail(r)).toBe(false);
    expect(r.textContent).toBe(before);
  });
});

describe('headline lists with a teaser sentence', () => {
  it('removes a block of five or more links that is almost all link text', () => {
    const links = [
      '地铁新线今日试运行',
      '新线路串起南部三个大型居住区，早高峰通勤时间预计缩短。',
      '全市新增便民菜店',
      '两所新建小学招生',
      '东环路施工绕行提示',
    ];
    const r = root(`${BODY}<div>${links.map((l, i) => `<a href="/n/${i}.html">${l}</a>`).join(' ')}</div>`);
    removeLinkLists(r);
    expect(r.textContent).not.toContain('地铁新线');
  });
  it('keeps prose with many links in it', () => {
    const r = root(
      `${BODY}<p>本条例所称部门包括<a href="/a">发展改革</a>、<a href="/b">财政</a>、<a href="/c">自然资源</a>、<a href="/d">生态环境</a>和<a href="/e">住房城乡建设</a>等部门，由市人民政府统一协调，各部门按照职责分工负责有关工作。</p>`,
    );
    const before = r.textContent;
    removeLinkLists(r);
    expect(r.textContent).toBe(before);
  });
});
