import { describe, expect, it } from 'vitest';
import { isChromeText, removeChrome } from '../../utils/extract/passes/chrome-cleanup';
import { removeLinkLists } from '../../utils/extract/passes/link-blocks';
import { parseHtml } from '../../scripts/lib/dom';

describe('isChromeText', () => {
  it.each([
    '【字体：大 中 小】',
    '【字体：大 中 小】【打印本页】【关闭窗口】',
    '上一篇：让乡村振兴的画卷更加壮美',
    '（责任编辑：王小二）',
    '分享到：微信 微博',
    '微信扫一扫，分享到朋友圈',
    '【打印】【关闭】',
    '版权声明：凡注明“来源：人民网”的所有作品，版权均属于人民网。',
    'Copyright © 1997-2024 by www.people.com.cn',
    'Copyright 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
    '当前位置：首页 > 政策',
    '2024年03月15日08:21 | 来源：人民日报 作者：李明华',
    '相关推荐',
    '相关报道：',
    'APP精彩推荐',
    '第1页/共3页 << 上一页 | 下一页 >>',
    '返目录 下一页',
    '来源：新闻晨报',
    '发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)',
    '- 作者： 流泉 访问统计：　2005年08月30日, 星期二 13:22',
    '(本文发表于首页批评与建议, 已被阅读178次)',
    '您是本文第 154 个阅览者',
    '本文通告引用(Trackback)链接: /wp-trackback.php?p=1700',
    '| 主题已经关闭，停止回复．',
  ])('chrome: %s', (t) => expect(isChromeText(t)).toBe(true));

  it.each([
    '关闭违法排污企业的线上销售渠道。',
    '打印机采购应当按照政府采购法的规定执行。',
    '第十条 著作权人享有版权。',
    '来源地管理原则应当坚持。',
    '一、充分认识深度融合的重大意义',
    '各地区要加强编辑出版工作的管理，时间：自2024年1月1日起施行。',
    '来源：各地上报的统计数据显示，全年完成投资比上年增长百分之八。',
    '第1页至第3页为申请表，请如实填写。',
    '本文件自发布之日起施行，已被阅读和理解的条款不再重复。',
    '返回原籍的人员由户籍所在地负责安置。',
    'Copyright Office and NTIA Studies Relating to Technological Development',
    'Copyright Act amendments for distance education',
  ])('document text: %s', (t) => expect(isChromeText(t)).toBe(false));
});

describe('removeChrome', () => {
  it('removes a 相关推荐 block with its link list but keeps the paragraph after it', () => {
    const dom = parseHtml(
      `<div id="r"><p>正文第一段，内容很长很长。</p><div><h3>相关推荐</h3><ul><li><a href="/1">甲</a></li><li><a href="/2">乙</a></li></ul></div><p>正文最后一段。</p></div>`,
    );
    const root = dom.window.document.getElementById('r')!;
    removeChrome(root);
    expect(root.textContent).toBe('正文第一段，内容很长很长。正文最后一段。');
  });
  it('removes info lines that open with 发表于 or a separator', () => {
    const dom = parseHtml(
      `<div id="r"><p>正文。</p><p>发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</p><p>- 作者： 流泉 访问统计：2005年08月30日 13:22</p><p>第<b>1</b>页/共<b>2</b>页 下一页</p></div>`,
    );
    const root = dom.window.document.getElementById('r')!;
    removeChrome(root);
    expect(root.textContent).toBe('正文。');
  });
  it('never removes a long paragraph that starts like chrome', () => {
    const long = '上一篇文章提到的问题，'.repeat(30);
    const dom = parseHtml(`<div id="r"><p>${long}</p></div>`);
    const root = dom.window.document.getElementById('r')!;
    removeChrome(root);
    expect(root.textContent).toBe(long);
  });
});

describe('removeLinkLists', () => {
  const run = (html: string) => {
    const root = parseHtml(`<div id="r"><p>正文。</p>${html}</div>`).window.document.getElementById('r')!;
    removeLinkLists(root);
    return root.textContent ?? '';
  };
  it('removes a list of links to other pages', () => {
    expect(run('<ul><li><a href="/1">甲新闻</a> 03-01</li><li><a href="/2">乙新闻</a></li><li><a href="/3">丙新闻</a></li></ul>')).toBe(
      '正文。',
    );
  });
  it('keeps prose that contains links, a list under its own heading, attachments and in-page links', () => {
    const kept = [
      '<p><a href="/a">国务院</a>、<a href="/b">省政府</a>和<a href="/c">市政府</a>联合发文。</p>',
      '<h2>See also</h2><ul><li><a href="/x">Vector space</a></li><li><a href="/y">Hermitian form</a></li><li><a href="/z">Unitary matrix</a></li></ul>',
      '<p><a href="/f/1.pdf">1.方案</a><a href="/f/2.xlsx">2.表格</a><a href="/f/3.docx">3.名单</a></p>',
      '<ol><li><a href="#s1">第一章</a></li><li><a href="#s2">第二章</a></li><li><a href="#s3">第三章</a></li></ol>',
    ];
    for (const html of kept) expect(run(html)).not.toBe('正文。');
  });
});
