import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';
import { matchLabel } from '../../utils/outline/labels';
import { parseNumeral } from '../../utils/outline/numerals';
import { articleTitle, entryTitle } from '../../utils/outline/title';

function outline(body: string, docTitle = '') {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  const entries = buildOutline(root, { docTitle });
  return { entries, rows: entries.map((e) => [e.level, e.label, e.title]), root };
}

describe('parseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零三', 103],
    ['两百', 200],
    ['一千二百六十', 1260],
    ['二〇一九', 2019],
    ['12', 12],
  ])('%s → %d', (s, n) => expect(parseNumeral(s)).toBe(n));
  it('is NaN for words', () => expect(parseNumeral('总则')).toBeNaN());
  // digit by digit without a unit (years), Arabic digits, padding; a mix of scripts or other letters is no numeral
  it.each([
    ['二〇一九', 2019],
    ['二○○四', 2004],
    ['〇一', 1],
    [' 12 ', 12],
    ['007', 7],
  ])('%s → %d (digits)', (s, n) => expect(parseNumeral(s)).toBe(n));
  it.each(['', '  ', '1十', '十a', '１２', '三𠀀'])('%j is NaN', (s) => expect(parseNumeral(s)).toBeNaN());
});

describe('matchLabel', () => {
  it.each([
    ['一、总体要求', 'cn-dun', '一、'],
    ['(三)加强领导', 'cn-paren', '(三)'],
    ['1．基本原则', 'ar-dot', '1．'],
    ['2、工作任务', 'ar-dot', '2、'],
    ['（12）其他', 'ar-paren', '（12）'],
    ['②第二项', 'circled', '②'],
    ['第十二条　国家', 'tiao', '第十二条'],
    ['第 3 条 本法', 'tiao', '第 3 条'],
    ['第二编　物权', 'bian', '第二编'],
    ['第一分编　通则', 'fenbian', '第一分编'],
    ['第三节　一般规定', 'jie', '第三节'],
    ['第一部分　总体要求', 'bufen', '第一部分'],
    ['1.2.3 Scope', 'dec3', '1.2.3'],
    ['§ 12 Definitions', 'en-section', '§ 12'],
    ['PART IV GENERAL', 'en-part', 'PART IV'],
    // issue 15: full-width digits keep their printed form; zero-padded section numbers, spaced or glued
    ['第１２条　本办法', 'tiao', '第１２条'],
    ['（３）其他事项', 'ar-paren', '（３）'],
    ['01 引言', 'ar-space', '01'],
    ['02基本情况', 'ar-space', '02'],
  ])('%s', (text, style, label) => expect(matchLabel(text)).toMatchObject({ style, label }));

  it.each([
    '一、二月份降水偏少',
    '1.5亿元专项资金',
    '3.5%的增长',
    '2019年工作总结',
    '1.',
    '（一）',
    '05月以来用工紧张',
    '03版要闻',
    '１．５亿元',
  ])('not a label: %s', (t) => {
    expect(matchLabel(t)).toBeNull();
  });
});

describe('titles', () => {
  it('keeps a stand-alone heading line whole, internal colon included', () => {
    expect(entryTitle('1921-1949年：新民主主义革命时期的现代化初探')).toBe('1921-1949年：新民主主义革命时期的现代化初探');
  });
  it('names a numbered paragraph by its lead sentence', () => {
    expect(entryTitle('加强组织领导。各地区要建立健全工作机制。')).toBe('加强组织领导');
    expect(entryTitle('法人社会团体还应具备：')).toBe('法人社会团体还应具备');
  });
  it('cuts a long lead at 60 characters', () => {
    expect(entryTitle(`${'很'.repeat(80)}。后文`)).toHaveLength(60);
  });
  it('gives law articles a title only when they carry a caption', () => {
    expect(articleTitle('为了规范行为，制定本法。')).toBe('');
    expect(articleTitle('【立法目的】为了规范行为，制定本法。')).toBe('立法目的');
  });
});

describe('buildOutline', () => {
  it('ignores a first number that does not start a sequence', () => {
    const { rows } = outline('<p>5.这一段以数字开头但不是标题，它只是正文中的一个编号段落而已。</p><p>一、总体要求</p><p>正文。</p>');
    expect(rows).toEqual([[1, '一、', '总体要求']]);
  });

  it('does not double the outline with a table of contents', () => {
    const { rows } = outline(
      '<p><b>目 录</b></p><p>一、总体要求</p><p>二、主要任务</p><p>一、总体要求</p><p>正文内容很长很长。</p><p>二、主要任务</p><p>正文内容。</p>',
    );
    expect(rows).toEqual([
      [1, '一、', '总体要求'],
      [1, '二、', '主要任务'],
    ]);
  });

  it('takes bold run-in leads as heads, but not dash-led list items', () => {
    const { rows } = outline(
      '<p>一、基本原则</p><p><strong>坚持人民至上。</strong>把人民利益放在首位，做到发展为了人民。</p><p><strong>坚持系统观念。</strong>统筹发展和安全，全面协调推进。</p><p>——提高效率。这是一个列表项，而不是标题。</p><p>——改善服务。这也是一个列表项，而不是标题。</p><p>——加强监管。这同样是一个列表项，不是标题。</p>',
    );
    expect(rows).toEqual([
      [1, '一、', '基本原则'],
      [2, null, '坚持人民至上'],
      [2, null, '坚持系统观念'],
    ]);
  });

  it('skips the document title and its number, and nests an enclosed document under its title', () => {
    const { rows } = outline(
      '<p align="center" data-cm-center><b>某市人民政府关于印发某市节能办法的通知</b></p><p data-cm-center>某政发〔2024〕3号</p><p>现将《某市节能办法》印发给你们。</p>' +
        '<p data-cm-center><b>某市节能办法</b></p><p>第一条　为了推进节能，制定本办法。</p><p>第二条　本办法适用于本市。</p><p>（一）工业节能；</p><p>（二）建筑节能。</p>',
      '某市人民政府关于印发某市节能办法的通知',
    );
    expect(rows).toEqual([
      [1, null, '某市节能办法'],
      [2, '第一条', ''],
      [2, '第二条', ''],
    ]);
  });

  it('leaves out lines that are wholly a link to another page, not headings linked to their own anchor', () => {
    const { rows } = outline(
      '<p><a href="/GB/40/index.html"><strong>点击进入“城市记忆”&gt;&gt;</strong></a></p><h2 id="s1"><a href="#s1">一、总体要求</a></h2><p>正文。</p>' +
        '<p><strong>二、<a href="/law/1.html">重点任务</a></strong></p><p>正文。</p><p><a href="/other.html"><strong>三、相关报道</strong></a></p>',
    );
    expect(rows).toEqual([
      [1, '一、', '总体要求'],
      [1, '二、', '重点任务'],
    ]);
  });

  it('leaves out a 附件 list’s numbered download links, keeps a numbered heading whose title links to a page', () => {
    const { rows } = outline(
      '<p>一、申报范围</p><p>正文。</p><p>二、申报材料</p><p>请下载以下材料：</p>' +
        '<p>　　1.<a href="/u/cms/2025/申报表.docx">申报表.docx</a></p><p>　　（2）<a href="/files/承诺书.pdf">承诺书.pdf</a></p>' +
        '<p>附件3：<a href="/d?id=7" download>汇总表</a></p><p>三、<a href="/law/9.html">联系方式</a></p><p>正文。</p>',
    );
    expect(rows).toEqual([
      [1, '一、', '申报范围'],
      [1, '二、', '申报材料'],
      [1, '三、', '联系方式'],
    ]);
  });

  it('takes a digest’s 【source】 headlines as heads only as a series of three, each before its summary', () => {
    const item = (src: string, n: number) =>
      `【${src}】第${n}条新闻的标题写在这里 不带句号<br>这是第${n}条新闻的摘要，篇幅比标题长得多，交代了事情的来龙去脉和各方的看法。<br>`;
    const digest = outline(`<div>要闻<br>${item('甲报', 1)}${item('乙台', 2)}综述<br>${item('丙网', 3)}</div>`);
    expect(digest.rows.map((r) => [r[0], String(r[2]).slice(0, 4)])).toEqual([
      [1, '要闻'],
      [2, '【甲报】'],
      [2, '【乙台】'],
      [1, '综述'],
      [2, '【丙网】'],
    ]);
    // two are not a series; a tagged sentence (【编者按】…。) or lead-in (…：) is prose, however many there are
    expect(outline(`<div>要闻<br>${item('甲报', 1)}${item('乙台', 2)}</div>`).rows).toEqual([]);
    const prose = '【编者按】本期刊发的文章讨论了一个问题。<br>正文段落比上面一行更长，继续讨论这个问题的各个方面和具体细节。<br>';
    expect(outline(`<div>${prose.repeat(3)}</div>`).rows).toEqual([]);
  });

  it('treats long 一、 items under 章 as articles, whose （一） items are list items', () => {
    const long = '国务院各部门要依照法律和行政法规行使职权，进一步转变政府职能，推进电子政务，提高行政效能。';
    const { rows } = outline(
      `<p>第一章　总则</p><p>一、${long}</p><p>（一）${long}</p><p>二、${long}</p><p>第二章　职责</p><p>三、${long}</p>`,
    );
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      [1, '第一章'],
      [2, '一、'],
      [2, '二、'],
      [1, '第二章'],
      [2, '三、'],
    ]);
  });

  it('does not take a series of endnotes as run-in heads', () => {
    const { rows } = outline(
      '<p>一、参考文献</p><p>[20] 国家统计局：《统计公报》，2024年2月29日发布。</p><p>[21] 国家统计局：《统计年鉴》，2023年出版发行。</p><p>[22] 财政部：《财政政策执行情况报告》，2024年发布。</p>',
    );
    expect(rows).toEqual([[1, '一、', '参考文献']]);
  });

  it('does not take rows of a data table as heads', () => {
    const { rows } = outline(
      '<p>一、项目清单</p><table><tr><td>1.</td><td>沿江高铁</td></tr><tr><td>2.</td><td>地铁三号线</td></tr></table>',
    );
    expect(rows).toEqual([[1, '一、', '项目清单']]);
  });

  it('takes a bold line naming a document as an enclosed document, not a bold section named by a kind', () => {
    // Lines of one block (<br>) cannot be centred: bold is all that sets the enclosed title off.
    const law = outline(
      '<div>现将办法印发给你们。<br><b>某县公路养护办法</b><br><b>第一章　总则</b><br>第一条　为了加强养护，制定本办法。</div>',
    );
    expect(law.rows).toEqual([
      [1, null, '某县公路养护办法'],
      [2, '第一章', '总则'],
      [3, '第一条', ''],
    ]);
    const section = outline('<p><b>评分标准</b></p><p>一、基础分</p><p>满分六十分。</p><p>二、加分项</p><p>最多十分。</p>');
    expect(section.rows).toEqual([
      [1, null, '评分标准'],
      [1, '一、', '基础分'],
      [1, '二、', '加分项'],
    ]);
  });

  it('reads an article set in a layout table, a data table nested in its cell (issue 15)', () => {
    // Old portals: the whole brochure, its lines split by <br>, in one cell that also holds a contacts table.
    const { rows } = outline(
      '<table><tr><td>一、参保对象<br>本区户籍的城乡居民均可参保。<br>二、办理方式<br>1、线上办理。登录政务服务网办理。<br>' +
        '（1）个人登记。按提示填写。<br>2、线下办理。到社区服务中心办理。<br>三、咨询电话' +
        '<table><tr><td>单位</td><td>电话</td></tr><tr><td>区医疗保障局</td><td>0000-12345678</td></tr></table></td></tr></table>',
    );
    expect(rows).toEqual([
      [1, '一、', '参保对象'],
      [1, '二、', '办理方式'],
      [2, '1、', '线上办理'],
      [3, '（1）', '个人登记'],
      [2, '2、', '线下办理'],
      [1, '三、', '咨询电话'],
    ]);
  });

  it('leaves a wiki heading’s [编辑] / [edit] link out of its title, and keeps the heading’s own links', () => {
    const edit = (n: number, word: string) =>
      `<span><span>[</span><a href="https://zh.wikipedia.org/w/index.php?title=X&amp;action=edit&amp;section=${n}">${word}</a><span>]</span></span>`;
    const { rows, root } = outline(
      `<h2>简介${edit(1, '编辑')}</h2><p>正文。</p><h3>Early life ${edit(2, 'edit')}</h3><p>Text.</p>` +
        '<h2>见<a href="https://zh.wikipedia.org/wiki/Y">条目[1]</a></h2><p>正文。</p>',
    );
    expect(rows).toEqual([
      [1, null, '简介'],
      [2, null, 'Early life'],
      [1, null, '见条目[1]'],
    ]);
    expect(root.textContent).toContain('[编辑]'); // the article itself is left as it is
  });

  it('anchors lines after a <br> with a marker of their own', () => {
    const { entries, root } = outline('<p>一、总体要求<br>正文第一段。<br>二、主要任务<br>正文第二段。</p>');
    expect(entries.map((e) => e.title)).toEqual(['总体要求', '主要任务']);
    for (const e of entries) expect(root.querySelector(`#${e.anchor}`)).not.toBeNull();
    const second = root.querySelector(`#${entries[1]!.anchor}`)!;
    expect(second.tagName).toBe('SPAN');
    expect(second.nextSibling?.textContent).toBe('二、主要任务');
  });

  it('is idempotent: building again on the same element adds no second set of anchors', () => {
    const { root } = outline('<p>一、总体要求<br>正文第一段。<br>二、主要任务<br>正文第二段。</p>');
    const before = root.innerHTML;
    buildOutline(root);
    expect(root.innerHTML).toBe(before);
  });

  it('gives untitled law articles a preview of their first words', () => {
    const { entries } = outline('<p>第一条　为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，制定本法。</p>');
    expect(entries[0]).toMatchObject({
      label: '第一条',
      title: '',
      preview: '为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序…',
    });
  });
});

describe("the title's last part", () => {
  const text = '<p>在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播，关注点在出国前后发生了很大的变化。</p>';
  const heads = `<p data-cm-center="1">图为马素湘在悉尼的近影。</p><p><strong>出国前后关注点大不同</strong></p>${text}<p><strong>关注点多与所学专业相关</strong></p>${text}`;
  it('alone, after a photo caption, names the first section', () => {
    expect(outline(heads, '海外留学生看两会：出国前后关注点大不同').rows).toEqual([
      [1, null, '出国前后关注点大不同'],
      [1, null, '关注点多与所学专业相关'],
    ]);
  });
  it('below the title’s first part, is the title set over two lines', () => {
    const title =
      '<p data-cm-center="1"><strong>海外留学生看两会：</strong></p><p data-cm-center="1"><strong>出国前后关注点大不同</strong></p>';
    expect(outline(title + text + heads.slice(heads.indexOf('<p><strong>关注')), '海外留学生看两会：出国前后关注点大不同').rows).toEqual([
      [1, null, '关注点多与所学专业相关'],
    ]);
  });
});
