/** A notice's 附件 found in the page (issue 18): gov.cn, NEA and NDRC-style pages written for these tests. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { findAttachments } from '../../utils/extract/attachments';
import { readPage, type PageScope } from '../../utils/clipper/read-page';
import type { CacheScope } from '../../utils/clipper/preview-cache';
import { extractArticle } from '../../utils/extract';
import { sanitizeArticleElement } from '../../utils/sanitize';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/attachments/${name}`, import.meta.url), 'utf8');
const find = (html: string, url: string) => findAttachments(parseHtml(html, url).window.document, url);

describe('findAttachments', () => {
  it('reads a gov.cn 附件 list in <p>s: relative and absolute hrefs, the label kept, mailto and site chrome left out', () => {
    const url = 'https://www.gov.cn/zhengce/zhengceku/202403/content_6939001.htm';
    expect(find(fixture('govcn-notice.html'), url)).toEqual([
      {
        url: 'https://www.gov.cn/zhengce/zhengceku/202403/P020240312512345.pdf',
        name: '1.某某实施方案',
        kind: 'pdf',
        clippable: true,
      },
      { url: 'https://www.gov.cn/zhengce/zhengceku/202403/P020240312512346.docx', name: '2.某某任务分工表', kind: 'docx', clippable: true },
      { url: 'https://www.gov.cn/zhengce/zhengceku/202403/P020240312512347.xls', name: '3.重点项目清单', kind: 'xls', clippable: false },
    ]);
  });

  it('reads an NEA <ul class="fj">: an icon link and a body mention are one entry named as printed; javascript: refused', () => {
    const url = 'https://www.nea.gov.cn/2024-03/20/c_1310768000.htm';
    expect(find(fixture('nea-notice.html'), url)).toEqual([
      { url: 'https://www.nea.gov.cn/2024-03/20/W020240320555001.pdf', name: '附件1：某某试点工作方案', kind: 'pdf', clippable: true },
      { url: 'https://www.nea.gov.cn/2024-03/20/W020240320555002.docx', name: '附件2：试点申报书', kind: 'docx', clippable: true },
      { url: 'https://www.nea.gov.cn/2024-03/20/W020240320555003.zip', name: '附件3：申报材料模板', kind: 'zip', clippable: false },
    ]);
  });

  it('reads an NDRC page: <base href>, a name before a 下载 link, a download servlet, fragments and repeated lists', () => {
    const url = 'https://www.ndrc.gov.cn/xxgk/zcfb/tz/202405/t20240510_1386000.html';
    expect(find(fixture('ndrc-notice.html'), url)).toEqual([
      {
        url: 'https://www.ndrc.gov.cn/xxgk/zcfb/tz/202405/P020240508600001.pdf',
        name: '附件1：某某工作要点',
        kind: 'pdf',
        clippable: true,
      },
      { url: 'https://www.ndrc.gov.cn/servlet/download?id=88231', name: '附件2：某某情况统计表', kind: 'unknown', clippable: true },
      {
        url: 'https://www.ndrc.gov.cn/xxgk/zcfb/tz/202405/P020240508600003.pdf',
        name: '附件3：某某工作指引',
        kind: 'pdf',
        clippable: true,
      },
      { url: 'https://www.ndrc.gov.cn/xxgk/zcfb/tz/202405/P020240508600004.wps', name: '附件4：联系人名单', kind: 'wps', clippable: false },
    ]);
  });

  it('refuses script, mail, data and fragment links even when they name a PDF, and the page itself', () => {
    const url = 'https://example.gov.cn/a/notice.pdf';
    const html = `<body><div id="content"><p>正文。</p>
      <a href="javascript:open('x.pdf')">附件1：办法.pdf</a> <a href="mailto:a@b.cn?subject=x.pdf">附件2.pdf</a>
      <a href="data:application/pdf;base64,JVBERi0=">附件3.pdf</a> <a href="#fj">附件4.pdf</a> <a href="notice.pdf">本页.pdf</a>
      <a href=" JAVASCRIPT:void(0) ">附件5：表.docx</a></div></body>`;
    expect(find(html, url)).toEqual([]);
  });

  it('finds nothing on a page without document links, and names a file by its address when nothing is printed', () => {
    expect(find('<body><p>正文 <a href="/other.htm">相关新闻</a></p></body>', 'https://example.gov.cn/')).toEqual([]);
    expect(find('<body><p><a href="/files/%E5%8A%9E%E6%B3%95.pdf">下载</a></p></body>', 'https://example.gov.cn/')).toEqual([
      { url: 'https://example.gov.cn/files/%E5%8A%9E%E6%B3%95.pdf', name: '办法', kind: 'pdf', clippable: true },
    ]);
  });
});

describe('the extraction script', () => {
  it('hands back the page’s 附件 with the clip, read from the live page, and none on a page without', () => {
    const url = 'https://www.nea.gov.cn/2024-03/20/c_1310768000.htm';
    const dom = parseHtml(fixture('nea-notice.html'), url);
    const deps = { extract: extractArticle, sanitize: (el: Element) => sanitizeArticleElement(el, dom.window as unknown as Window) };
    const read = readPage(dom.window as unknown as PageScope & CacheScope, 'article', deps);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.attachments?.map((a) => a.name)).toEqual(['附件1：某某试点工作方案', '附件2：试点申报书', '附件3：申报材料模板']);
    const plain = parseHtml(`<body><article><h1>标题</h1>${'<p>正文内容，足够长的一段文字。</p>'.repeat(20)}</article></body>`, url);
    const none = readPage(plain.window as unknown as PageScope & CacheScope, 'article', deps);
    expect(none.ok && none.value.attachments).toBe(undefined);
  });
});
